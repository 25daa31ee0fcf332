import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { OpportunityStage } from '../opportunity-stage';
import { UserIdField } from '../../user/dto/user-id.field';

@InputType({ description: 'Narrows a list of opportunities; every condition given must hold.' })
export class OpportunityFilterInput {
  @Field(() => [OpportunityStage], { nullable: true })
  @IsOptional()
  @IsEnum(OpportunityStage, { each: true })
  stage?: OpportunityStage[];

  @UserIdField({ nullable: true })
  ownerId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'accountId must be an account id (UUID)' })
  accountId?: string;
}
