import { DecimalScalar } from '@salesgraph/service-kit';
import { IsUUID } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'The year’s revenue and margin target for one product.' })
export class PlanProductTargetInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'productId must be a UUID' })
  productId: string;

  @Field(() => DecimalScalar)
  revenue: string;

  @Field(() => DecimalScalar, { description: 'Revenue minus cost; between 0 and the revenue.' })
  margin: string;
}
