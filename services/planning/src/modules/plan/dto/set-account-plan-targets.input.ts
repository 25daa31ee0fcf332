import { ArrayMaxSize, IsUUID, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { PlanProductTargetInput } from './plan-product-target.input';

@InputType({ description: 'Replaces the product targets of a draft plan.' })
export class SetAccountPlanTargetsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'planId must be a UUID' })
  planId: string;

  @Field(() => [PlanProductTargetInput])
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  targets: PlanProductTargetInput[];
}
