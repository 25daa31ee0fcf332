import { IsEnum, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { OpportunityStage } from '../opportunity-stage';
import { OpportunityTermsInput } from './opportunity-terms.input';
import { UserIdField } from '../../user/dto/user-id.field';

@InputType({ description: 'A new deal with an existing customer.' })
export class CreateOpportunityInput {
  @Field(() => ID, {
    description: 'An account the lead service knows (from the account service’s events).',
  })
  @IsUUID('all', { message: 'accountId must be an account id (UUID)' })
  accountId: string;

  @Field(() => OpportunityTermsInput, { description: 'name and amount are required here.' })
  @ValidateNested()
  terms: OpportunityTermsInput;

  @Field(() => OpportunityStage, {
    nullable: true,
    description: 'An open stage; PROSPECTING when left out.',
  })
  @IsOptional()
  @IsEnum(OpportunityStage)
  stage?: OpportunityStage;

  @UserIdField({
    nullable: true,
    description: 'Yourself (the default) or, for a manager, a member of your teams.',
  })
  ownerId?: string;
}
