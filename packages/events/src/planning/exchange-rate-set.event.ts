import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { Currency, IsoDate, IsoDateTime, UserId, Uuid } from '../primitives';
import { Topics } from '../topics';

/** A positive exchange rate: up to 10 decimal places (money has 6 at most, rates need more). */
export const ExchangeRateValue = z
  .string()
  .regex(/^\d{1,9}(\.\d{1,10})?$/, 'must be a positive decimal string such as "0.9412"')
  .refine((value) => /[1-9]/.test(value), 'must be above zero');

/**
 * An admin set (or corrected) the rate of one currency pair from a date on:
 * 1 `baseCurrency` = `rate` `quoteCurrency`, from `effectiveFrom` until the
 * next rate of the pair. Planning converts attainment and forecasts with it,
 * at the rate of each order's booking date; `source` says where it came from
 * (a person, or the rates file an import read).
 */
export const ExchangeRateSetData = z.object({
  rateId: Uuid,
  baseCurrency: Currency,
  quoteCurrency: Currency,
  effectiveFrom: IsoDate,
  rate: ExchangeRateValue,
  /** The rate it replaced for the same pair and date, if any. */
  previousRate: ExchangeRateValue.optional(),
  source: z.string().min(1).max(200),
  setBy: UserId,
  setAt: IsoDateTime,
});
export type ExchangeRateSetData = z.infer<typeof ExchangeRateSetData>;

export const ExchangeRateSet = defineEvent({
  type: 'planning.ExchangeRateSet.v1',
  name: 'ExchangeRateSet',
  version: 1,
  producer: 'planning',
  topic: Topics.planning,
  aggregateType: 'ExchangeRate',
  description:
    'An admin set or corrected the exchange rate of a currency pair from a date on (by hand or by importing a rates file).',
  schema: ExchangeRateSetData,
  subjectOf: (d) => d.rateId,
});
