import { z } from 'zod';
import { sensitive } from './sensitivity';

/**
 * Building blocks shared by the event schemas. Money travels as a decimal
 * string ("1234.50"), never a float, so that every consumer can do exact
 * arithmetic.
 */
export const Uuid = z.uuid();

/** The subject of an identity token: an opaque string chosen by the identity provider. */
export const UserId = z.string().min(1).max(200);

export const Decimal = z
  .string()
  .regex(/^-?\d{1,15}(\.\d{1,6})?$/, 'must be a decimal string such as "1234.50"');

/**
 * A cost or a margin (unit cost, cost amount, total cost, margin): a Decimal
 * that only the readers of costs and margins see in a `history`.
 */
export const CostOrMargin = sensitive(Decimal, 'COST_AND_MARGIN');

export const Currency = z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as "EUR"');

export const IsoDateTime = z.iso.datetime({ offset: true });

export const IsoDate = z.iso.date();

export const Segment = z.enum(['SMALL', 'MEDIUM', 'LARGE']);
export type Segment = z.infer<typeof Segment>;

export const Tier = z.enum(['STANDARD', 'KEY']);
export type Tier = z.infer<typeof Tier>;

export const BuyingRole = z.enum([
  'PURCHASING_MANAGER',
  'PURCHASING_OFFICER',
  'TECHNICAL_DECISION_MAKER',
  'SENIOR_EXECUTIVE',
  'USER',
]);
export type BuyingRole = z.infer<typeof BuyingRole>;

export const OpportunityStage = z.enum([
  'PROSPECTING',
  'QUALIFICATION',
  'PROPOSAL',
  'NEGOTIATION',
  'WON',
  'LOST',
]);
export type OpportunityStage = z.infer<typeof OpportunityStage>;

export const OrderStatus = z.enum([
  'DRAFT',
  'PLACED',
  'CONFIRMED',
  'FULFILLED',
  'INVOICED',
  'CANCELLED',
]);
export type OrderStatus = z.infer<typeof OrderStatus>;
