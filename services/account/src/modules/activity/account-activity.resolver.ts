import type { GraphQLContext } from '@salesgraph/service-kit';
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { accountOwningRoles } from '../account/account-roles';
import { Account } from '../account/account.entity';
import { AccountActivity } from './account-activity.entity';
import type { AccountActivityService } from './account-activity.service';
import { LogAccountActivityInput } from './dto/log-account-activity.input';

/** Thin: activities with customers, logged and read. */
@Resolver(() => Account)
export class AccountActivityResolver {
  constructor(private readonly activityService: AccountActivityService) {}

  @Authorized(...accountOwningRoles)
  @Mutation(() => AccountActivity, {
    description:
      'Record a call, e-mail, meeting or visit with a customer you may change; with a contact, it is an interaction with them.',
  })
  logAccountActivity(
    @Arg('input') input: LogAccountActivityInput,
    @Ctx() { command }: GraphQLContext,
  ): Promise<AccountActivity> {
    return this.activityService.log(command, input);
  }

  @FieldResolver(() => [AccountActivity], {
    description:
      'Calls, e-mails, meetings and visits, newest first: for the owner, their managers and admins.',
  })
  activities(
    @Root() account: Account,
    @Ctx() { command }: GraphQLContext,
  ): Promise<AccountActivity[]> {
    return this.activityService.activitiesOf(command, account);
  }
}
