import { OrderStatus } from '../order-status';
import { assertOrderMove, drawsDownContract, orderLifecycle } from '../order-lifecycle';

const all = Object.values(OrderStatus);

describe('order lifecycle', () => {
  it('lets only a draft be revised, and ends in INVOICED or CANCELLED', () => {
    expect(all.filter((status) => orderLifecycle.can(status, OrderStatus.DRAFT))).toEqual([
      'DRAFT',
    ]);
    expect(all.filter((status) => orderLifecycle.isFinal(status))).toEqual([
      'INVOICED',
      'CANCELLED',
    ]);
  });

  it('refuses an illegal move naming the order, both states and what to do instead', () => {
    const order = { orderNumber: 'SO-000042', status: OrderStatus.DRAFT };
    expect(() => assertOrderMove(order, OrderStatus.CONFIRMED)).toThrow(
      'Order SO-000042 cannot go from DRAFT to CONFIRMED. A draft must be placed first.',
    );
    try {
      assertOrderMove({ ...order, status: OrderStatus.INVOICED }, OrderStatus.CANCELLED);
      throw new Error('no refusal');
    } catch (error) {
      expect(error).toMatchObject({
        code: 'INVALID_TRANSITION',
        extensions: { from: 'INVOICED', to: 'CANCELLED' },
        message:
          'Order SO-000042 cannot go from INVOICED to CANCELLED. An invoiced order is final.',
      });
    }
    expect(() => assertOrderMove(order, OrderStatus.PLACED)).not.toThrow();
  });

  it('knows which call-offs have drawn down their contract: placed and later, not cancelled', () => {
    expect(all.filter(drawsDownContract)).toEqual(['PLACED', 'CONFIRMED', 'FULFILLED', 'INVOICED']);
  });
});
