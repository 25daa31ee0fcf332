import { IsEnum, IsInt, IsOptional, Max, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { OpportunityStage } from '../opportunity-stage';

@InputType()
export class MoveOpportunityInput {
  @Field(() => OpportunityStage, {
    description: 'An open stage; use winOpportunity or loseOpportunity to close.',
  })
  @IsEnum(OpportunityStage)
  stage: OpportunityStage;

  @Field(() => Int, {
    nullable: true,
    description: 'Within the new stage’s band; its default when left out.',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  probability?: number;
}
