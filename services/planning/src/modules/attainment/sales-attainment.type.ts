import { DecimalScalar, type Period } from '@salesgraph/service-kit';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { AttainmentAmounts } from './attainment-amounts.type';
import { CurrencyConversion } from './currency-conversion.type';
import type { SplitInCurrency } from './seller-figures';
import { TargetConversion } from './target-conversion.type';
import { PeriodKind } from '../target/period-kind';

/** How far one seller is in one period, against their target when they have one. */
@ObjectType({
  description: 'A seller’s attainment in a period: booked and invoiced against target.',
})
export class SalesAttainment extends AttainmentAmounts {
  @Field(() => ID)
  userId: string;

  @Field(() => PeriodKind)
  periodKind: PeriodKind;

  @Field()
  periodStart: string;

  @Field()
  periodEnd: string;

  @Field({
    description:
      'The figures’ currency (the one asked for, else the target’s, else the planning currency): orders in others are converted at the rate of their booking date (see conversions).',
  })
  currency: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      'In the figures’ currency (see targetConversion when the target is in another). Null when no target is set, or when no rate converts it.',
  })
  target: string | null;

  @Field(() => TargetConversion, {
    nullable: true,
    description: 'How the target was converted, when it is in another currency than the figures.',
  })
  targetConversion: TargetConversion | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Target minus booked; negative when exceeded.',
  })
  gap: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Booked as a percentage of the target.',
  })
  attainmentPercent: string | null;

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

  /** For the breakdown field resolvers: the period queried and the target's splits. */
  period: Period;
  splits: SplitInCurrency[];
}
