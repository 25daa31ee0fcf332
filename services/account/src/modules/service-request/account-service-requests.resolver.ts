import type { GraphQLContext } from '@salesgraph/service-kit';
import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Account } from '../account/account.entity';
import { InternalDepartment } from '../account-team/department';
import { ServiceRequest } from './service-request.entity';
import type { ServiceRequestReader } from './service-request-reader';

/** Account.serviceRequests, batched over all accounts of a query. */
@Resolver(() => Account)
export class AccountServiceRequestsResolver {
  constructor(private readonly requests: ServiceRequestReader) {}

  @FieldResolver(() => [ServiceRequest], { description: 'By due date.' })
  serviceRequests(
    @Root() account: Account,
    @Arg('department', () => InternalDepartment, { nullable: true })
    department: InternalDepartment | undefined,
    @Arg('openOnly', { defaultValue: true }) openOnly: boolean,
    @Ctx() { command }: GraphQLContext,
  ): Promise<ServiceRequest[]> {
    return this.requests.ofAccount(command, account.id, {
      department: department ?? undefined,
      openOnly,
    });
  }
}
