import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { CostOrMargin, Decimal, IsoDateTime, UserId, Uuid } from '../primitives';
import { Topics } from '../topics';

/**
 * One reason a price needs the seller's manager: below cost, a discount over
 * the threshold, or (price-guard-v2) a cost that no exchange rate converts
 * into the price's currency, so below cost cannot be judged.
 */
export const PriceBreach = z.object({
  productId: Uuid,
  sku: z.string(),
  kind: z.enum(['BELOW_COST', 'DISCOUNT_OVER_THRESHOLD', 'NO_EXCHANGE_RATE']),
  /** The net unit price: after the line's discount, or the contract price. */
  netUnitPrice: Decimal,
  /** The product's unit cost: for the people who decide on prices only. */
  unitCost: CostOrMargin,
  /** The discount off the list price, in percent. */
  discountPercent: Decimal,
  thresholdPercent: Decimal,
  /** For NO_EXCHANGE_RATE: which rate is missing, in words. */
  reason: z.string().max(300).optional(),
});
export type PriceBreach = z.infer<typeof PriceBreach>;

/**
 * An ad hoc order (before it is placed) or a supply contract (before it is
 * signed) waits for the seller's sales manager to approve its prices.
 * `approverIds` are the managers of the seller's teams (empty: only an admin
 * can decide).
 */
export const PriceApprovalRequestedData = z.object({
  approvalId: Uuid,
  subjectType: z.enum(['ORDER', 'CONTRACT', 'QUOTE']),
  subjectId: Uuid,
  subjectNumber: z.string(),
  accountId: Uuid,
  sellerId: UserId,
  requestedBy: UserId,
  approverIds: z.array(UserId),
  breaches: z.array(PriceBreach).min(1),
  ruleVersion: z.string().min(1),
  requestedAt: IsoDateTime,
});
export type PriceApprovalRequestedData = z.infer<typeof PriceApprovalRequestedData>;

export const PriceApprovalRequested = defineEvent({
  type: 'order.PriceApprovalRequested.v1',
  name: 'PriceApprovalRequested',
  version: 1,
  producer: 'order',
  topic: Topics.order,
  aggregateType: 'PriceApproval',
  description:
    'Prices below cost or discounts over the threshold wait for the approval of the seller’s sales manager (approverIds) before the order is placed or the contract signed.',
  schema: PriceApprovalRequestedData,
  subjectOf: (d) => d.approvalId,
});
