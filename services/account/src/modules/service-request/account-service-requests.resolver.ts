import type { GraphQLContext } from '@salesgraph/service-kit';
import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Account } from '../account/account.entity';
import { InternalDepartment } from '../account-team/department';
import { ServiceRequest } from './service-request.entity';
import type { ServiceRequestService } from './service-request.service';
import { isClosed } from './service-request-transitions';

/** Account.serviceRequests, batched over all accounts of a query. */
@Resolver(() => Account)
export class AccountServiceRequestsResolver {
  constructor(private readonly requests: ServiceRequestService) {}

  @FieldResolver(() => [ServiceRequest], { description: 'By due date.' })
  async serviceRequests(
    @Root() account: Account,
    @Arg('department', () => InternalDepartment, { nullable: true })
    department: InternalDepartment | undefined,
    @Arg('openOnly', { defaultValue: true }) openOnly: boolean,
    @Ctx() context: GraphQLContext,
  ): Promise<ServiceRequest[]> {
    const all = await context.loaders
      .get<string, ServiceRequest[]>('account.serviceRequests', async (ids) => {
        const requests = await this.requests.ofAccounts(ids);
        return ids.map((id) => requests.filter((r) => r.accountId === id));
      })
      .load(account.id);
    return all.filter(
      (r) => (!department || r.department === department) && (!openOnly || !isClosed(r.status)),
    );
  }
}
