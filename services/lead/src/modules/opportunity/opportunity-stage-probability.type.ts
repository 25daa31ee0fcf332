import { Field, Int, ObjectType } from 'type-graphql';
import { OpportunityStage } from './opportunity-stage';

@ObjectType('OpportunityStageProbability', { description: 'Probability by stage, in percent.' })
export class OpportunityStageProbability {
  @Field(() => OpportunityStage)
  stage: OpportunityStage;

  @Field(() => Int, { description: 'What a stage change sets unless another value is given.' })
  default: number;

  @Field(() => Int)
  min: number;

  @Field(() => Int)
  max: number;
}
