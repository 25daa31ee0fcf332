import { z } from 'zod';
import { CostOrMargin, Currency, Decimal, IsoDate, UserId, Uuid } from '../primitives';

export const QuoteLineSnapshot = z.object({
  productId: Uuid,
  sku: z.string(),
  productName: z.string(),
  quantity: Decimal,
  unitPrice: Decimal,
  discountPercent: Decimal,
  /** Where the unit price came from: the catalogue, a price list, or the seller. */
  priceSource: z.string(),
  unitCost: CostOrMargin,
  netAmount: Decimal,
});
export type QuoteLineSnapshot = z.infer<typeof QuoteLineSnapshot>;

/**
 * A quote as its events carry it: the quote and its current version (lines,
 * prices, discounts, validity, terms). Amounts follow the order pricing rules
 * (see order-snapshot.ts), so the order an accepted quote becomes has the
 * same amounts to the cent. Costs are in `currency`, converted from the
 * catalogue's at the rate of the day the version was written; where no rate
 * converted them they stay in `costCurrency` (present only then). Before
 * `costCurrency` existed, unit costs were always the catalogue's.
 * `revision` is the quote's optimistic-lock version.
 */
export const QuoteSnapshot = z.object({
  quoteId: Uuid,
  quoteNumber: z.string(),
  accountId: Uuid,
  opportunityId: Uuid.optional(),
  sellerId: UserId,
  currency: Currency,
  status: z.enum(['DRAFT', 'SENT', 'ACCEPTED', 'REJECTED', 'WITHDRAWN']),
  version: z.number().int().positive(),
  validUntil: IsoDate,
  terms: z.string(),
  lines: z.array(QuoteLineSnapshot),
  totalNet: Decimal,
  totalCost: CostOrMargin,
  costCurrency: Currency.optional().describe(
    "present when the lines' unitCost and totalCost are not in currency (no rate converted them): their currency",
  ),
  revision: z.number().int().positive(),
});
export type QuoteSnapshot = z.infer<typeof QuoteSnapshot>;
