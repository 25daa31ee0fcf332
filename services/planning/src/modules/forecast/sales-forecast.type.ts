import { DecimalScalar } from '@salesgraph/service-kit';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PeriodKind } from '../target/period-kind';

/** Booked orders plus the open pipeline weighted by probability, for one seller and period. */
@ObjectType({
  description: 'A seller’s forecast: booked plus weighted pipeline closing in the period.',
})
export class SalesForecast {
  @Field(() => ID)
  userId: string;

  @Field(() => PeriodKind)
  periodKind: PeriodKind;

  @Field()
  periodStart: string;

  @Field()
  periodEnd: string;

  @Field()
  currency: string;

  @Field(() => DecimalScalar, { description: 'Orders confirmed in the period (as in attainment).' })
  booked: string;

  @Field(() => DecimalScalar, {
    description: 'Open opportunities expected to close in the period: amount × probability.',
  })
  weightedPipeline: string;

  @Field(() => DecimalScalar, { description: 'The same opportunities, unweighted.' })
  openPipeline: string;

  @Field(() => Int)
  openOpportunities: number;

  @Field(() => DecimalScalar, { description: 'booked + weightedPipeline' })
  forecast: string;

  @Field(() => DecimalScalar, { nullable: true })
  target: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Target minus forecast.' })
  gap: string | null;
}
