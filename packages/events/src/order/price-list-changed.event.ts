import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { Currency, Decimal, IsoDate, IsoDateTime, Segment, UserId, Uuid } from '../primitives';
import { Topics } from '../topics';

/**
 * A price list was created or replaced: for one account or for a customer
 * segment, in one currency, valid from a date (until a date, or open). Order
 * and quote lines without a price of their own take its price and discount,
 * and name the list they came from.
 */
export const PriceListChangedData = z.object({
  priceListId: Uuid,
  name: z.string().min(1).max(200),
  accountId: Uuid.optional(),
  segment: Segment.optional(),
  currency: Currency,
  validFrom: IsoDate,
  validTo: IsoDate.optional(),
  entries: z.array(z.object({ productId: Uuid, unitPrice: Decimal, discountPercent: Decimal })),
  change: z.enum(['CREATED', 'REPLACED']),
  changedBy: UserId,
  changedAt: IsoDateTime,
});
export type PriceListChangedData = z.infer<typeof PriceListChangedData>;

export const PriceListChanged = defineEvent({
  type: 'order.PriceListChanged.v1',
  name: 'PriceListChanged',
  version: 1,
  producer: 'order',
  topic: Topics.order,
  aggregateType: 'PriceList',
  description:
    'A price list of an account or a customer segment was created or replaced (currency, validity, prices and discounts).',
  schema: PriceListChangedData,
  subjectOf: (d) => d.priceListId,
});
