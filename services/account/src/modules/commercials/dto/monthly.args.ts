import { Max, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';

@ArgsType()
export class MonthlyArgs {
  @Field(() => Int, { defaultValue: 12, description: 'How many months back, this one included.' })
  @Min(1, { message: 'months must be between 1 and 36' })
  @Max(36, { message: 'months must be between 1 and 36' })
  months: number = 12;
}
