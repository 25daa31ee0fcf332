import { DecimalScalar } from '@salesgraph/service-kit';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PeriodKind } from '../target/period-kind';
import { CurrencyConversion } from '../attainment/currency-conversion.type';
import { TargetConversion } from '../attainment/target-conversion.type';
import { PipelineConversion } from './pipeline-conversion.type';
import { SlippedDealPlacement } from './slipped-deal-placement';
import { SlippedDeal } from './slipped-deal.type';

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

  @Field({
    description:
      'The figures’ currency (the one asked for, else the target’s, else the planning currency); orders and opportunities in others are converted (see conversions and pipelineConversions).',
  })
  currency: string;

  @Field(() => DecimalScalar, { description: 'Orders confirmed in the period (as in attainment).' })
  booked: string;

  @Field(() => DecimalScalar, {
    description:
      'Open opportunities expected to close in the period, plus the slipped ones when they count here (slippedCounted): amount × probability.',
  })
  weightedPipeline: string;

  @Field(() => DecimalScalar, { description: 'The same opportunities, unweighted.' })
  openPipeline: string;

  @Field(() => Int)
  openOpportunities: number;

  @Field(() => DecimalScalar, { description: 'booked + weightedPipeline' })
  forecast: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      'In the figures’ currency; null without a target, or without a rate to convert it.',
  })
  target: string | null;

  @Field(() => TargetConversion, { nullable: true })
  targetConversion: TargetConversion | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Target minus forecast.' })
  gap: string | null;

  @Field(() => SlippedDealPlacement, { description: 'Where slipped deals were asked to count.' })
  slippedIn: SlippedDealPlacement;

  @Field({ description: 'Whether the slipped deals are counted in this period’s forecast.' })
  slippedCounted: boolean;

  @Field(() => Int, {
    description: 'The seller’s open opportunities whose close date has passed, or that have none.',
  })
  slippedOpportunities: number;

  @Field(() => DecimalScalar, { description: 'Their amounts, unweighted.' })
  slippedPipeline: string;

  @Field(() => DecimalScalar, { description: 'Their amounts × probability.' })
  slippedWeightedPipeline: string;

  @Field(() => [SlippedDeal], { description: 'The slipped deals, oldest close date first.' })
  slippedDeals: SlippedDeal[];

  @Field(() => [CurrencyConversion], {
    description: 'Booked orders in other currencies, with the rates used (as in attainment).',
  })
  conversions: CurrencyConversion[];

  @Field(() => [PipelineConversion], {
    description:
      'Opportunities of the pipeline (and of the slipped deals when counted) in other currencies, with the rates used, and those with no rate (not counted).',
  })
  pipelineConversions: PipelineConversion[];
}
