import { IsDate, IsOptional, Length, Matches } from 'class-validator';
import { Field, GraphQLISODateTime, InputType } from 'type-graphql';

/**
 * The fields every "log an activity" input has, with their checks; each
 * service adds what the activity is about and its kinds. That a VISIT needs
 * its report is checked by checkLoggedActivity (the fields depend on each
 * other, and type-graphql skips the validators of fields left out).
 */
// @InputType() so that subclasses inherit the fields; no argument takes the base itself.
@InputType()
export abstract class LoggedActivityInput {
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
}
