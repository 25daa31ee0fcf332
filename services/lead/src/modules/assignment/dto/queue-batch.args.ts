import { Max, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';

/** How many waiting leads one run of the rules takes on. */
@ArgsType()
export class QueueBatchArgs {
  @Field(() => Int, { defaultValue: 100 })
  @Min(1)
  @Max(500)
  limit: number = 100;
}
