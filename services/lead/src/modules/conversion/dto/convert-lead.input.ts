import { Input } from '@salesgraph/service-kit';
import { IsEnum, IsOptional, Length, ValidateNested } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { LeadSegment } from '../../lead/lead-segment';
import { OpportunityTermsInput } from '../../opportunity/dto/opportunity-terms.input';

@InputType({
  description: 'What a qualified lead becomes: an account, its first contact, and an opportunity.',
})
export class ConvertLeadInput {
  @Field(() => OpportunityTermsInput, {
    description:
      'The first deal: amount required; name defaults to the company’s; stage is QUALIFICATION.',
  })
  @ValidateNested()
  opportunity: OpportunityTermsInput;

  @Field(() => LeadSegment, {
    nullable: true,
    description: 'Required when the lead has no segment yet.',
  })
  @IsOptional()
  @IsEnum(LeadSegment)
  segment?: LeadSegment;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  industry?: string;

  @Field(() => String, {
    nullable: true,
    description: 'The contact’s job title, for the account’s first contact.',
  })
  @IsOptional()
  @Length(1, 200)
  contactTitle?: string;

  @Input.id({
    nullable: true,
    description:
      'Convert into this existing account (see Lead.matchingAccounts) instead of opening a new one: the contact joins it. Required when the lead’s domain is an existing account’s.',
  })
  existingAccountId?: string;
}
