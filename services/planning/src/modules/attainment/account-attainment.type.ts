import { Field, ID, Int, ObjectType } from 'type-graphql';
import { AccountRef } from '../account/account-ref.type';
import { AttainmentAmounts } from './attainment-amounts.type';
import { CurrencyConversion } from './currency-conversion.type';
import { type Period } from '@salesgraph/service-kit';
import { PeriodKind } from '../target/period-kind';

/** What one account bought in one period, whoever was credited. */
@ObjectType({ description: 'An account’s booked and invoiced orders in a period.' })
export class AccountAttainment extends AttainmentAmounts {
  @Field(() => ID)
  accountId: string;

  @Field(() => AccountRef)
  account: AccountRef;

  @Field(() => PeriodKind)
  periodKind: PeriodKind;

  @Field()
  periodStart: string;

  @Field()
  periodEnd: string;

  @Field()
  currency: string;

  @Field(() => [CurrencyConversion], {
    description:
      'Orders in other currencies behind these figures, with the rates used (and those that have no rate yet).',
  })
  conversions: CurrencyConversion[];

  @Field(() => Int, {
    description:
      'Booked orders whose costs are in another currency than the order’s (no rate converted them when it was written) and have no rate into the figures’ currency: counted in booked, left out of bookedMargin.',
  })
  marginUnconvertedOrders: number;

  /** For the breakdown field resolver. */
  period: Period;
}
