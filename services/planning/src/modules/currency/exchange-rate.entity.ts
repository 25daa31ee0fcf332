import { decimalColumn, Stored, TrackedEntity } from '@salesgraph/service-kit';
import { Field, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';

/**
 * One rate of a currency pair: 1 `baseCurrency` = `rate` `quoteCurrency`
 * from `effectiveFrom` until the next rate of the pair. Kept by admins (by
 * hand or by importing a rates file); a correction of the same pair and date
 * replaces the rate and keeps its history.
 */
@ObjectType({
  description:
    'An exchange rate of a currency pair from a date on: 1 baseCurrency = rate quoteCurrency.',
})
@Entity()
export class ExchangeRate extends TrackedEntity {
  @Stored.currency()
  baseCurrency: string;

  @Stored.currency()
  quoteCurrency: string;

  @Stored.date({ description: 'The first day (UTC) this rate applies; it holds until the next.' })
  effectiveFrom: string;

  @Field({ description: 'How many quoteCurrency one baseCurrency is worth, e.g. "0.9412".' })
  @Column({ type: 'numeric', precision: 24, scale: 10, transformer: decimalColumn(4) })
  rate: string;

  @Stored.text({ description: 'Who or what supplied it: "manual", or the file an import read.' })
  source: string;

  @Stored.userId()
  setBy: string;
}
