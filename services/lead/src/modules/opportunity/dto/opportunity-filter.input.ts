import { IsEnum, IsOptional } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { Input } from '@salesgraph/service-kit';
import { OpportunityStage } from '../opportunity-stage';

@InputType({ description: 'Narrows a list of opportunities; every condition given must hold.' })
export class OpportunityFilterInput {
  @Field(() => [OpportunityStage], { nullable: true })
  @IsOptional()
  @IsEnum(OpportunityStage, { each: true })
  stage?: OpportunityStage[];

  @Input.userId({ nullable: true })
  ownerId?: string;

  @Input.id({ of: 'account', nullable: true })
  accountId?: string;
}
