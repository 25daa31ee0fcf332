import { IsEnum, IsOptional, ValidateNested } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { Input } from '@salesgraph/service-kit';
import { OpportunityStage } from '../opportunity-stage';
import { OpportunityTermsInput } from './opportunity-terms.input';

@InputType({ description: 'A new deal with an existing customer.' })
export class CreateOpportunityInput {
  @Input.id({
    of: 'account',
    description: 'An account the lead service knows (from the account service’s events).',
  })
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

  @Input.userId({
    nullable: true,
    description: 'Yourself (the default) or, for a manager, a member of your teams.',
  })
  ownerId?: string;
}
