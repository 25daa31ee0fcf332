import { Max, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';
import { COLD_AFTER_DAYS, IMPORTANT_INFLUENCE } from '../buying-centre-coverage';

@ArgsType()
export class CoverageArgs {
  @Field(() => Int, {
    defaultValue: COLD_AFTER_DAYS,
    description: 'An important contact is cold after this many days without an interaction.',
  })
  @Min(1, { message: 'coldAfterDays must be between 1 and 3650' })
  @Max(3650, { message: 'coldAfterDays must be between 1 and 3650' })
  coldAfterDays: number = COLD_AFTER_DAYS;

  @Field(() => Int, { defaultValue: IMPORTANT_INFLUENCE, description: 'Important means at least this influence.' })
  @Min(1, { message: 'minInfluence must be between 1 and 5' })
  @Max(5, { message: 'minInfluence must be between 1 and 5' })
  minInfluence: number = IMPORTANT_INFLUENCE;
}
