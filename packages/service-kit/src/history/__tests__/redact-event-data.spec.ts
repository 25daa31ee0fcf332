import {
  AccountPlanApproved,
  LeadQualified,
  OrderConfirmed,
  ProductChanged,
} from '@salesgraph/events';
import { DemoUsers, type AuthenticatedUser } from '@salesgraph/identity';
import { redactEventData, WHOLE_DATA } from '../redact-event-data';

const { rep, marketing, accountManager, manager, coordinator, admin } = DemoUsers;
const department: AuthenticatedUser = {
  id: 'u-logistics',
  roles: [],
  department: 'LOGISTICS',
};

const line = (n: number) => ({
  productId: `b0000000-0000-4000-8000-00000000000${n}`,
  sku: `SKU-${n}`,
  productLine: 'Valves',
  quantity: '2',
  unitPrice: '249.90',
  discountPercent: '0',
  unitCost: '131.45',
  netAmount: '499.80',
  costAmount: '262.90',
});
const confirmed = () => ({
  order: {
    orderId: 'c0000000-0000-4000-8000-000000000001',
    orderNumber: 'SO-000001',
    status: 'CONFIRMED',
    currency: 'EUR',
    lines: [line(1), line(2)],
    totalNet: '999.60',
    totalCost: '525.80',
    margin: '473.80',
    countsAsBooked: true,
    revision: 3,
  },
  confirmedAt: '2026-03-01T10:00:00.000Z',
});

/** Every string and key of a value, for "no cost figure anywhere". */
const text = (value: unknown) => JSON.stringify(value);

describe('redactEventData', () => {
  it('leaves every cost and margin of an order event out for a rep, names them, and keeps the rest', () => {
    const data = confirmed();
    const { data: shown, redacted } = redactEventData(OrderConfirmed.type, data, rep);
    expect(redacted).toEqual([
      'order.lines[].unitCost',
      'order.lines[].costAmount',
      'order.totalCost',
      'order.margin',
    ]);
    expect(text(shown)).not.toMatch(/131\.45|262\.90|525\.80|473\.80|cost|margin/i);
    expect(shown).toEqual({
      order: {
        orderId: data.order.orderId,
        orderNumber: 'SO-000001',
        status: 'CONFIRMED',
        currency: 'EUR',
        lines: [
          expect.objectContaining({ sku: 'SKU-1', unitPrice: '249.90', netAmount: '499.80' }),
          expect.objectContaining({ sku: 'SKU-2', unitPrice: '249.90', netAmount: '499.80' }),
        ],
        totalNet: '999.60',
        countsAsBooked: true,
        revision: 3,
      },
      confirmedAt: data.confirmedAt,
    });
  });

  it('does not change the data it was given (the stored row)', () => {
    const data = confirmed();
    redactEventData(OrderConfirmed.type, data, marketing);
    expect(data).toEqual(confirmed());
  });

  it('shows everything to the readers of costs and margins, ADMIN included', () => {
    for (const reader of [accountManager, manager, coordinator, admin]) {
      const { data, redacted } = redactEventData(OrderConfirmed.type, confirmed(), reader);
      expect({ reader: reader.id, redacted, data }).toEqual({
        reader: reader.id,
        redacted: [],
        data: confirmed(),
      });
    }
  });

  it('redacts the unit cost of a product and the margin target of an approved plan', () => {
    const product = {
      productId: 'b0000000-0000-4000-8000-000000000001',
      sku: 'VAL-100',
      listPrice: '249.90',
      unitCost: '131.45',
      changedFields: ['unitCost'],
    };
    expect(redactEventData(ProductChanged.type, product, marketing)).toEqual({
      data: {
        productId: product.productId,
        sku: 'VAL-100',
        listPrice: '249.90',
        changedFields: ['unitCost'],
      },
      redacted: ['unitCost'],
    });
    const plan = {
      planId: 'p-1',
      productTargets: [{ productId: 'x', revenue: '1000.00', margin: '250.00' }],
    };
    expect(redactEventData(AccountPlanApproved.type, plan, department)).toEqual({
      data: { planId: 'p-1', productTargets: [{ productId: 'x', revenue: '1000.00' }] },
      redacted: ['productTargets[].margin'],
    });
  });

  it('names only the fields it really left out: none for an event without them, or when they are absent', () => {
    const lead = { leadId: 'l-1', qualifiedBy: rep.id };
    expect(redactEventData(LeadQualified.type, lead, rep)).toEqual({ data: lead, redacted: [] });
    const partial = { order: { orderId: 'o-1', lines: [], totalCost: '1.00' } };
    expect(redactEventData(OrderConfirmed.type, partial, rep)).toEqual({
      data: { order: { orderId: 'o-1', lines: [] } },
      redacted: ['order.totalCost'],
    });
  });

  it('shows nothing of an event type the catalogue does not know to a reader without clearance', () => {
    const unknown = { unitCost: '1.00', note: 'x' };
    expect(redactEventData('order.SomethingNew.v9', unknown, rep)).toEqual({
      data: {},
      redacted: [WHOLE_DATA],
    });
    expect(redactEventData('order.SomethingNew.v9', unknown, coordinator)).toEqual({
      data: unknown,
      redacted: [],
    });
  });
});
