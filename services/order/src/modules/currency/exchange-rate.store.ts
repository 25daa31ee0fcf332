import type { ExchangeRateSetData } from '@salesgraph/events';
import type { EntityManager } from 'typeorm';

/**
 * Keeps the copy of planning's exchange rates. Order of events does not
 * matter (a replay or a late correction): the upsert keeps the rate set
 * last, by planning's `setAt`, like order-fact.store.ts keeps the newest
 * revision.
 */
export class ExchangeRateStore {
  async apply(manager: EntityManager, data: ExchangeRateSetData): Promise<void> {
    await manager.query(
      `INSERT INTO exchange_rate (base_currency, quote_currency, effective_from, rate_id, rate, set_at)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (base_currency, quote_currency, effective_from) DO UPDATE
          SET rate_id = EXCLUDED.rate_id, rate = EXCLUDED.rate, set_at = EXCLUDED.set_at
        WHERE exchange_rate.set_at <= EXCLUDED.set_at`,
      [
        data.baseCurrency,
        data.quoteCurrency,
        data.effectiveFrom,
        data.rateId,
        data.rate,
        data.setAt,
      ],
    );
  }
}
