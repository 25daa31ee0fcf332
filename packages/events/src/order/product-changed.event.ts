import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { CostOrMargin, Decimal, IsoDateTime, Uuid } from '../primitives';
import { Topics } from '../topics';

export const ProductChangedData = z.object({
  productId: Uuid,
  sku: z.string(),
  name: z.string(),
  productLine: z.string(),
  listPrice: Decimal,
  unitCost: CostOrMargin,
  active: z.boolean(),
  change: z.enum(['CREATED', 'UPDATED']),
  changedFields: z.array(z.string()),
  changedAt: IsoDateTime,
});
export type ProductChangedData = z.infer<typeof ProductChangedData>;

export const ProductChanged = defineEvent({
  type: 'order.ProductChanged.v1',
  name: 'ProductChanged',
  version: 1,
  producer: 'order',
  topic: Topics.order,
  aggregateType: 'Product',
  description: 'A catalogue item was created or changed (price, cost, line, active).',
  schema: ProductChangedData,
  subjectOf: (d) => d.productId,
});
