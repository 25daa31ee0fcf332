import { DecimalScalar, Sensitive } from '@salesgraph/service-kit';
import { Field, ID, ObjectType } from 'type-graphql';
import { ProductRef } from '../product/product-ref.type';

/** Plan against actual for one product of an account plan, in the plan year so far. */
@ObjectType({
  description: 'Plan against actual for one product: targets, booked so far, pace and gap.',
})
export class PlanProductPerformance {
  @Field(() => ID)
  productId: string;

  @Field(() => ProductRef)
  product: ProductRef;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Null for a product bought without a target.',
  })
  revenueTarget: string | null;

  @Sensitive('COST_AND_MARGIN')
  @Field(() => DecimalScalar, { nullable: true })
  marginTarget: string | null;

  @Field(() => DecimalScalar, {
    description: 'Booked (confirmed, not cancelled) in the plan year.',
  })
  actualRevenue: string;

  @Sensitive('COST_AND_MARGIN')
  @Field(() => DecimalScalar, { description: 'Net minus cost of the booked order lines.' })
  actualMargin: string;

  @Field(() => DecimalScalar, { description: 'Invoiced in the plan year.' })
  invoicedRevenue: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Revenue target minus actual revenue.',
  })
  revenueGap: string | null;

  @Sensitive('COST_AND_MARGIN')
  @Field(() => DecimalScalar, { nullable: true, description: 'Margin target minus actual margin.' })
  marginGap: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Pace: the revenue target times the elapsed share of the plan year.',
  })
  expectedByNow: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Actual as a percentage of the revenue target.',
  })
  attainmentPercent: string | null;

  @Field({ description: 'Actual revenue is below pace by more than the shortfall threshold.' })
  behindPace: boolean;
}
