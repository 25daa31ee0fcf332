import { DecimalScalar, Input } from '@salesgraph/service-kit';
import { Field, InputType } from 'type-graphql';

@InputType({ description: 'The year’s revenue and margin target for one product.' })
export class PlanProductTargetInput {
  @Input.id()
  productId: string;

  @Field(() => DecimalScalar)
  revenue: string;

  @Field(() => DecimalScalar, { description: 'Revenue minus cost; between 0 and the revenue.' })
  margin: string;
}
