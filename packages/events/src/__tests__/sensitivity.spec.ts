import { z } from 'zod';
import { EventCatalog } from '../catalog';
import { OrderConfirmed } from '../order/order-confirmed.event';
import { ProductChanged } from '../order/product-changed.event';
import { AccountPlanApproved } from '../planning/account-plan-approved.event';
import { CostOrMargin, Decimal } from '../primitives';
import { sensitive, sensitiveFieldsOf } from '../sensitivity';

describe('sensitive fields of an event contract', () => {
  it('are found through objects, lists, optional and described fields, with their paths', () => {
    const schema = z.object({
      id: z.string(),
      cost: CostOrMargin,
      lines: z.array(z.object({ price: Decimal, unitCost: CostOrMargin.describe('at the time') })),
      extra: z.object({ margin: CostOrMargin.optional() }).nullable().optional(),
      either: z.union([z.object({ a: CostOrMargin }), z.object({ b: Decimal })]),
    });
    expect(sensitiveFieldsOf(schema)).toEqual([
      { path: ['cost'], label: 'cost', sensitivity: 'COST_AND_MARGIN' },
      {
        path: ['lines', '[]', 'unitCost'],
        label: 'lines[].unitCost',
        sensitivity: 'COST_AND_MARGIN',
      },
      { path: ['extra', 'margin'], label: 'extra.margin', sensitivity: 'COST_AND_MARGIN' },
      { path: ['either', 'a'], label: 'either.a', sensitivity: 'COST_AND_MARGIN' },
    ]);
  });

  it('counts a marked object as one field, and leaves the unmarked Decimal alone', () => {
    const schema = z.object({
      figures: sensitive(z.object({ cost: Decimal }), 'COST_AND_MARGIN'),
      price: Decimal,
    });
    expect(sensitiveFieldsOf(schema).map((f) => f.label)).toEqual(['figures']);
    expect(sensitiveFieldsOf(z.object({ price: Decimal }))).toEqual([]);
  });

  it('still validates a marked field like the plain one', () => {
    expect(CostOrMargin.safeParse('12.50').success).toBe(true);
    expect(CostOrMargin.safeParse('12,50').success).toBe(false);
  });

  it('are declared by the order, product and account plan contracts', () => {
    expect(OrderConfirmed.sensitiveFields.map((f) => f.label)).toEqual([
      'order.lines[].unitCost',
      'order.lines[].costAmount',
      'order.totalCost',
      'order.margin',
    ]);
    expect(ProductChanged.sensitiveFields.map((f) => f.label)).toEqual(['unitCost']);
    expect(AccountPlanApproved.sensitiveFields.map((f) => f.label)).toEqual([
      'productTargets[].margin',
    ]);
  });

  // The guard for the next contract: a cost or margin field that is not marked would reach every reader of a history.
  it('mark every field of the catalogue named like a cost or a margin', () => {
    const unmarked: string[] = [];
    const visit = (node: z.ZodType, path: string[], definition: string): void => {
      const def = node._zod.def as unknown as Record<string, unknown> & { type: string };
      if (def.type === 'object')
        for (const [key, child] of Object.entries(def.shape as Record<string, z.ZodType>))
          visit(child, [...path, key], definition);
      else if (def.type === 'array') visit(def.element as z.ZodType, [...path, '[]'], definition);
      else if (['optional', 'nullable', 'default'].includes(def.type))
        visit(def.innerType as z.ZodType, path, definition);
      // costCurrency names the currency costs are in (an ISO code), not an amount: not a cost.
      else if (/cost|margin/i.test(path.at(-1) ?? '') && !/currency$/i.test(path.at(-1) ?? '')) {
        const label = path.join('.').replaceAll('.[]', '[]');
        const marked = EventCatalog.find((d) => d.type === definition)!.sensitiveFields;
        if (!marked.some((f) => f.label === label)) unmarked.push(`${definition} ${label}`);
      }
    };
    for (const definition of EventCatalog) visit(definition.schema, [], definition.type);
    expect(unmarked).toEqual([]);
  });
});
