import { Field, Int, ObjectType } from 'type-graphql';
import { CommercialFigures } from '../commercials/commercial-figures';

@ObjectType('AccountGroupHealth', {
  description:
    'The health of a group of companies: the booked-revenue-weighted score of its accounts that are still customers, and the weakest one.',
})
export class AccountGroupHealth {
  @Field(() => Int, {
    nullable: true,
    description: 'null when every account of the group is lost.',
  })
  score: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The lowest score of an account still a customer.',
  })
  lowestScore: number | null;

  @Field(() => Int)
  atRiskCount: number;

  @Field(() => Int)
  lostCount: number;

  @Field({ description: 'Version of the roll-up rule.' })
  ruleVersion: string;
}

@ObjectType('AccountGroup', {
  description:
    'An account with everything below it (subsidiaries, sites), rolled up as one customer: figures from every account of the group, whether or not you may open each.',
})
export class AccountGroup {
  @Field(() => Int, { description: 'The account itself and all accounts below it.' })
  accountCount: number;

  @Field(() => [CommercialFigures], {
    description: 'Revenue and margin of the whole group, one entry per currency (main one first).',
  })
  commercials: CommercialFigures[];

  @Field(() => AccountGroupHealth)
  health: AccountGroupHealth;
}
