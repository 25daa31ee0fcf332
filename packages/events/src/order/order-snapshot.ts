import { z } from 'zod';
import {
  CostOrMargin,
  Currency,
  Decimal,
  IsoDateTime,
  OrderStatus,
  UserId,
  Uuid,
} from '../primitives';

export const OrderLineSnapshot = z.object({
  productId: Uuid,
  sku: z.string(),
  productLine: z.string(),
  quantity: Decimal,
  unitPrice: Decimal,
  discountPercent: Decimal,
  unitCost: CostOrMargin.describe('unit cost at the time of the order'),
  netAmount: Decimal,
  costAmount: CostOrMargin,
});
export type OrderLineSnapshot = z.infer<typeof OrderLineSnapshot>;

/**
 * The order as every order event carries it (event-carried state), so that
 * attainment in planning, revenue and health in account and the
 * order-administration queue can each be projected from the events alone.
 * `creditedTo` is the seller whose target the order counts towards.
 *
 * Amounts are computed by the order service with decimal arithmetic:
 * - line netAmount = quantity x unitPrice x (1 - discountPercent / 100),
 *   rounded half-up to cents, once per line;
 * - line costAmount = quantity x unitCost, rounded half-up to cents per line;
 * - totalNet and totalCost are the sums of the rounded lines, and
 *   margin = totalNet - totalCost (exact, no further rounding).
 * Costs are in `currency`, converted from the catalogue's at the rate of the
 * day the lines were written; where no rate converted them they stay in
 * `costCurrency` (present only then) and margin is "0.00", never a
 * difference of two currencies.
 * `revision` increases with every change, so a consumer that sees an order
 * again (a replay, a redelivery) can tell an older state from a newer one.
 *
 * Booking is decided here, by the order service, and nowhere else: an order
 * is booked when it is confirmed (`bookedAt`), and it counts as booked
 * business while it is confirmed, fulfilled or invoiced (`countsAsBooked`;
 * false again once cancelled). Account revenue, health and attainment date
 * and count orders by these fields and compute nothing of their own, so one
 * order is in one period everywhere.
 */
export const OrderSnapshot = z.object({
  orderId: Uuid,
  orderNumber: z.string(),
  accountId: Uuid,
  kind: z.enum(['AD_HOC', 'CALL_OFF']),
  contractId: Uuid.optional(),
  status: OrderStatus,
  placedBy: UserId,
  creditedTo: UserId,
  currency: Currency,
  lines: z.array(OrderLineSnapshot),
  totalNet: Decimal,
  totalCost: CostOrMargin,
  margin: CostOrMargin,
  costCurrency: Currency.optional().describe(
    'present when unitCost, costAmount and totalCost are not in currency (no rate converted them): their currency; margin is then 0',
  ),
  placedAt: IsoDateTime.optional(),
  bookedAt: IsoDateTime.optional().describe(
    'when the order was booked (its confirmation); every service dates booked revenue by it',
  ),
  invoicedAt: IsoDateTime.optional().describe('when the order was invoiced'),
  countsAsBooked: z
    .boolean()
    .describe('whether the order counts as booked business now: confirmed, fulfilled or invoiced'),
  contractOverrun: z
    .boolean()
    .optional()
    .describe('a call-off beyond a commitment of a contract whose policy is FLAG'),
  opportunityId: Uuid.optional().describe('the won opportunity the order was drafted from'),
  quoteId: Uuid.optional().describe('the accepted quote the order came from'),
  revision: z.number().int().nonnegative().describe('increases with every change of the order'),
});
export type OrderSnapshot = z.infer<typeof OrderSnapshot>;
