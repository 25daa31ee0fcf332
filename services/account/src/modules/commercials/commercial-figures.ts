import { Field, GraphQLISODateTime, Int, ObjectType } from 'type-graphql';
import { DecimalScalar, Sensitive } from '@salesgraph/service-kit';

/** Revenue, margin and order recency of one account in one currency, from order events. */
@ObjectType('AccountCommercials', {
  description:
    'Revenue and margin of an account in one currency, kept from order events. Booked is the order service’s decision: an order counts while confirmed, fulfilled or invoiced (a cancellation takes it out), dated by when it was confirmed.',
})
export class CommercialFigures {
  /** Not in the graph: what `monthly` needs to load its rows (a group: its root, and all its accounts). */
  accountId: string;
  accountIds: string[];
  asOf: Date;

  @Field()
  currency: string;

  @Field(() => DecimalScalar)
  bookedRevenue: string;

  @Sensitive('COST_AND_MARGIN')
  @Field(() => DecimalScalar)
  bookedMargin: string;

  @Sensitive('COST_AND_MARGIN')
  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Booked margin / booked revenue, in percent.',
  })
  marginPercent: string | null;

  @Field(() => DecimalScalar, { description: 'Revenue of invoiced orders: realised.' })
  invoicedRevenue: string;

  @Field(() => DecimalScalar, { description: 'Placed orders that are not confirmed yet.' })
  pendingOrderValue: string;

  @Field(() => DecimalScalar)
  revenueLast90Days: string;

  @Field(() => DecimalScalar)
  revenuePrevious90Days: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      'Change of the last 90 days against the 90 days before, in percent; null without a base.',
  })
  revenueTrendPercent: string | null;

  @Field(() => Int)
  bookedOrderCount: number;

  @Field(() => GraphQLISODateTime, { nullable: true })
  lastOrderAt: Date | null;

  @Field(() => Int, { nullable: true })
  daysSinceLastOrder: number | null;
}
