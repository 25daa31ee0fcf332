import { DecimalScalar, type Period } from '@salesgraph/service-kit';
import { Field, ID, ObjectType } from 'type-graphql';
import type { RevenueTargetSplit } from '../target/revenue-target-split.entity';
import { AttainmentAmounts } from './attainment-amounts.type';
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
    description: 'Only orders in this currency count (the target’s, else the planning currency).',
  })
  currency: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'Null when no target is set.' })
  target: string | null;

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

  /** For the breakdown field resolvers: the period queried and the target's splits. */
  period: Period;
  splits: RevenueTargetSplit[];
}
