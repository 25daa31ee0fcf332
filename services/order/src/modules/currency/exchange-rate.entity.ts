import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One rate of planning's exchange-rate table, as planning last published it:
 * 1 `baseCurrency` = `rate` `quoteCurrency` from `effectiveFrom` until the
 * next rate of the pair. Not exposed in this subgraph: planning serves the
 * table; converted figures here show the rate they used.
 */
@Entity({ name: 'exchange_rate' })
export class ExchangeRate {
  @PrimaryColumn({ name: 'base_currency', type: 'char', length: 3 })
  baseCurrency: string;

  @PrimaryColumn({ name: 'quote_currency', type: 'char', length: 3 })
  quoteCurrency: string;

  @PrimaryColumn({ name: 'effective_from', type: 'date' })
  effectiveFrom: string;

  @Column({ name: 'rate_id', type: 'uuid' })
  rateId: string;

  @Column({ type: 'numeric', precision: 24, scale: 10 })
  rate: string;

  /** When planning set this rate: a correction older than the stored one is ignored. */
  @Column({ name: 'set_at', type: 'timestamptz' })
  setAt: Date;
}
