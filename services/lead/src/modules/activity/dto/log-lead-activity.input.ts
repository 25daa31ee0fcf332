import { LoggedActivityInput } from '@salesgraph/service-kit';
import { IsDate, IsEnum, IsOptional } from 'class-validator';
import { Field, GraphQLISODateTime, InputType } from 'type-graphql';
import { LeadActivityOutcome } from '../lead-activity-outcome';
import { LeadActivityType } from '../lead-activity-type';

/** A follow-up; when it happened, its notes and visit report are every logged activity's. */
@InputType({ description: 'A follow-up you did, and when you will follow up next.' })
export class LogLeadActivityInput extends LoggedActivityInput {
  @Field(() => LeadActivityType)
  @IsEnum(LeadActivityType)
  type: LeadActivityType;

  @Field(() => LeadActivityOutcome)
  @IsEnum(LeadActivityOutcome)
  outcome: LeadActivityOutcome;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'The next follow-up; must be in the future. Left out: none planned.',
  })
  @IsOptional()
  @IsDate()
  nextFollowUpAt?: Date;
}
