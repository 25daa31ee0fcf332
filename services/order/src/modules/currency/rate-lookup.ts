import { Exact, formatDecimal, rateOfDaySql } from '@salesgraph/service-kit';
import type { EntityManager } from 'typeorm';

/** The rate a conversion used: 1 from = rate to, or (inverse) 1 to = rate from. */
export interface RateUsed {
  rate: string;
  effectiveFrom: string;
  inverse: boolean;
}

/**
 * Looks up the rate of a currency pair on a day in the copy of planning's
 * table (rules: service-kit's rate-of-day.sql.ts). Between equal currencies the rate is 1.
 */
export class RateLookup {
  async rateOn(
    manager: EntityManager,
    from: string,
    to: string,
    day: string,
  ): Promise<RateUsed | null> {
    if (from === to) return { rate: '1', effectiveFrom: day, inverse: false };
    const rows: Array<{ rate: string; effective_from: string; inverse: boolean }> =
      await manager.query(
        // Dates as text: a pg date parsed into a Date would shift with the process's time zone.
        `SELECT r.rate::text AS rate, r.effective_from::text AS effective_from, r.inverse
           FROM (${rateOfDaySql('$1', '$2', '$3::date')}) r`,
        [from, to, day],
      );
    const row = rows[0];
    if (!row) return null;
    return {
      rate: formatDecimal(row.rate),
      effectiveFrom: row.effective_from,
      inverse: row.inverse,
    };
  }
}

/**
 * An amount converted at a rate, exact (no rounding: a unit cost compared
 * with a unit price keeps its decimals; sums round where they say so).
 */
export function convertAt(amount: string, used: RateUsed): Exact {
  return used.inverse ? new Exact(amount).dividedBy(used.rate) : new Exact(amount).times(used.rate);
}
