import { DecimalScalar, Sensitive } from '@salesgraph/service-kit';
import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('AccountMonthlyRevenue', { description: 'Booked revenue and margin of one month.' })
export class MonthlyFigures {
  @Field({ description: 'YYYY-MM (UTC)' })
  month: string;

  @Field(() => DecimalScalar)
  revenue: string;

  @Sensitive('COST_AND_MARGIN')
  @Field(() => DecimalScalar)
  margin: string;

  @Field(() => Int)
  orders: number;
}
