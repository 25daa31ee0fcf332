import { Length, Matches } from 'class-validator';
import { Field, InputType } from 'type-graphql';

@InputType()
export class DisqualifyLeadInput {
  @Field({ description: 'Why the lead is not worth pursuing; required, and visible to marketing.' })
  @Length(1, 1000, { message: 'reason is required to disqualify a lead (1 to 1000 characters)' })
  @Matches(/\S/, { message: 'reason is required to disqualify a lead and must not be blank' })
  reason: string;
}
