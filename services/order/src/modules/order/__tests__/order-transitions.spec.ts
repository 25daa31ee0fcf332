import { OrderStatus } from '../order-status';
import { checkMove, orderMoves, type OrderMove } from '../order-transitions';

const all = Object.values(OrderStatus);

describe('order transitions', () => {
  it('allows exactly the documented moves', () => {
    const allowed = (move: OrderMove) => all.filter((status) => checkMove(status, move).ok);
    expect(allowed('place')).toEqual(['DRAFT']);
    expect(allowed('confirm')).toEqual(['PLACED']);
    expect(allowed('fulfil')).toEqual(['CONFIRMED']);
    expect(allowed('invoice')).toEqual(['FULFILLED']);
    expect(allowed('cancel')).toEqual(['DRAFT', 'PLACED', 'CONFIRMED']);
  });

  it('explains why a move is refused', () => {
    expect(checkMove(OrderStatus.DRAFT, 'confirm')).toEqual({
      ok: false,
      hint: 'A draft must be placed first.',
    });
    expect(checkMove(OrderStatus.FULFILLED, 'cancel')).toEqual({
      ok: false,
      hint: 'A fulfilled order can only be invoiced; it can no longer be cancelled.',
    });
    expect(orderMoves.cancel.to).toBe(OrderStatus.CANCELLED);
  });
});
