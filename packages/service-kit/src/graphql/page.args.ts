import { Max, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';

/** Offset paging with a hard ceiling: no list field returns unbounded rows. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 50 })
  @Min(1)
  @Max(200)
  limit: number = 50;

  @Field(() => Int, { defaultValue: 0 })
  @Min(0)
  offset: number = 0;
}
