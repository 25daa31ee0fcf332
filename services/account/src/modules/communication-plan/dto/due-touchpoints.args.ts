import { Max, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';

@ArgsType()
export class DueTouchpointsArgs {
  @Field(() => Int, {
    defaultValue: 7,
    description: 'Due within this many days from today; overdue ones always.',
  })
  @Min(0, { message: 'withinDays must be between 0 and 366' })
  @Max(366, { message: 'withinDays must be between 0 and 366' })
  withinDays: number = 7;
}
