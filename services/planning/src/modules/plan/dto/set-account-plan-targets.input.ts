import { ArrayMaxSize, ValidateNested } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { Input } from '@salesgraph/service-kit';
import { PlanProductTargetInput } from './plan-product-target.input';

@InputType({ description: 'Replaces the product targets of a draft plan.' })
export class SetAccountPlanTargetsInput {
  @Input.id()
  planId: string;

  @Field(() => [PlanProductTargetInput])
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  targets: PlanProductTargetInput[];
}
