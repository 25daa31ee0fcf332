import { Field, GraphQLISODateTime, Int, ObjectType } from 'type-graphql';
import { AccountStatus } from '../account/account-enums';
import { AccountHealthReason } from './account-health-reason.type';

@ObjectType({
  description:
    'Health and churn risk: 100 minus the impact of each reason. Below 60 the account is AT_RISK; it recovers at 70.',
})
export class AccountHealth {
  @Field(() => Int)
  score: number;

  @Field(() => AccountStatus)
  status: AccountStatus;

  @Field(() => [AccountHealthReason])
  reasons: AccountHealthReason[];

  @Field({ description: 'Version of the health rule that assessed it.' })
  ruleVersion: string;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description:
      'When it was assessed: on every change of orders, threats or contacts, and periodically.',
  })
  assessedAt: Date | null;
}
