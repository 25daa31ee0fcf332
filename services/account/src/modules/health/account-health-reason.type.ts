import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Something that took points off an account’s health score.' })
export class AccountHealthReason {
  @Field({
    description: 'Stable code, e.g. NO_RECENT_ORDERS, COMPETITOR_THREAT, BUYING_ROLE_UNCOVERED.',
  })
  code: string;

  @Field()
  message: string;

  @Field(() => Int, { description: 'Points taken off the score (negative).' })
  impact: number;
}
