import { costAndMarginReaders } from '@salesgraph/access';
import { DecimalScalar } from '@salesgraph/service-kit';
import { Authorized, Field, Int, ObjectType } from 'type-graphql';

@ObjectType('AccountMonthlyRevenue', { description: 'Booked revenue and margin of one month.' })
export class MonthlyFigures {
  @Field({ description: 'YYYY-MM (UTC)' })
  month: string;

  @Field(() => DecimalScalar)
  revenue: string;

  @Authorized(...costAndMarginReaders)
  @Field(() => DecimalScalar)
  margin: string;

  @Field(() => Int)
  orders: number;
}
