import { IsDate, IsEnum, IsOptional, Length, Matches } from 'class-validator';
import { Field, GraphQLISODateTime, InputType } from 'type-graphql';
import { LeadActivityOutcome } from '../lead-activity-outcome';
import { LeadActivityType } from '../lead-activity-type';

/** A follow-up; that a VISIT needs its report is checked by ActivityService (the fields depend on each other). */
@InputType({ description: 'A follow-up you did, and when you will follow up next.' })
export class LogLeadActivityInput {
  @Field(() => LeadActivityType)
  @IsEnum(LeadActivityType)
  type: LeadActivityType;

  @Field(() => LeadActivityOutcome)
  @IsEnum(LeadActivityOutcome)
  outcome: LeadActivityOutcome;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When it happened; now when left out.',
  })
  @IsOptional()
  @IsDate()
  occurredAt?: Date;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 5000)
  notes?: string;

  @Field(() => String, { nullable: true, description: 'Required for a VISIT, and only there.' })
  @IsOptional()
  @Length(1, 20000)
  @Matches(/\S/, { message: 'visitReport must not be blank' })
  visitReport?: string;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'The next follow-up; must be in the future. Left out: none planned.',
  })
  @IsOptional()
  @IsDate()
  nextFollowUpAt?: Date;
}
