import { DecimalScalar, Sensitive } from '@salesgraph/service-kit';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { RevenueConversion } from './currency-conversion.type';

@ObjectType({
  description:
    'Revenue of an account over a period, from its orders: booked when confirmed, invoiced when invoiced.',
})
export class AccountRevenue {
  @Field(() => GraphQLLocalDate)
  from: string;

  @Field(() => GraphQLLocalDate, { description: 'The last day of the period, included.' })
  to: string;

  @Field({
    description:
      'The figures’ currency (asked for, else the order currency): orders in others are converted at the rate of their booking date (see conversions).',
  })
  currency: string;

  @Field(() => DecimalScalar, {
    description: 'Net value of the orders confirmed in the period (and not cancelled since).',
  })
  booked: string;

  @Field(() => DecimalScalar, { description: 'Net value of the orders invoiced in the period.' })
  invoiced: string;

  @Sensitive('COST_AND_MARGIN')
  @Field(() => DecimalScalar, { description: 'Margin of the booked orders.' })
  margin: string;

  @Sensitive('COST_AND_MARGIN')
  @Field(() => DecimalScalar, { nullable: true, description: 'margin / booked x 100, 2 places.' })
  marginPercent: string | null;

  @Field(() => Int, {
    description: 'How many orders were booked in the period and counted (converted).',
  })
  bookedOrders: number;

  @Field(() => [RevenueConversion], {
    description:
      'Orders in other currencies per currency and rate, converted or (no rate) not counted.',
  })
  conversions: RevenueConversion[];
}
