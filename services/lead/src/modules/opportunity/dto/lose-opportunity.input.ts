import { Length, Matches } from 'class-validator';
import { Field, InputType } from 'type-graphql';

@InputType()
export class LoseOpportunityInput {
  @Field({ description: 'Why the deal was lost (price, competitor, timing...); required.' })
  @Length(1, 1000, { message: 'reason is required when a deal is lost (1 to 1000 characters)' })
  @Matches(/\S/, { message: 'reason is required when a deal is lost and must not be blank' })
  reason: string;
}
