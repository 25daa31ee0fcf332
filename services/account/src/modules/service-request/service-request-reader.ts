import { isoDateOf, readerOf, type CommandContext } from '@salesgraph/service-kit';
import type { DataSource } from 'typeorm';
import type { AccountAccess } from '../account/account-access';
import { Account } from '../account/account.entity';
import type { InternalDepartment } from '../account-team/department';
import type { ServiceRequestListArgs } from './dto/service-request-list.args';
import { ServiceRequest } from './service-request.entity';
import { serviceRequestLifecycle } from './service-request-lifecycle';
import { scopeServiceRequests } from './service-request-scope';
import { recordsOfAccount } from '../account/records-of-account';

/** Reads service requests within what the user sees (see service-request-scope.ts). */
export class ServiceRequestReader {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accounts: AccountAccess,
  ) {}

  async list(command: CommandContext, args: ServiceRequestListArgs): Promise<ServiceRequest[]> {
    const query = readerOf(this.dataSource, command)
      .createQueryBuilder(ServiceRequest, 'r')
      .innerJoin(Account, 'a', 'a.id = r.account_id');
    if (!(await scopeServiceRequests(query, command, this.accounts))) return [];
    if (args.department)
      query.andWhere('r.department = :department', { department: args.department });
    if (args.accountId) query.andWhere('r.account_id = :accountId', { accountId: args.accountId });
    if (args.status) query.andWhere('r.status = :status', { status: args.status });
    else if (args.openOnly)
      query.andWhere('r.status IN (:...open)', { open: serviceRequestLifecycle.open });
    return query
      .orderBy('r.due_date', 'ASC')
      .addOrderBy('r.id', 'ASC')
      .take(args.limit)
      .skip(args.offset)
      .getMany();
  }

  /** The requests of an account by due date, batched over the accounts of a request. */
  async ofAccount(
    command: CommandContext,
    accountId: string,
    filter: { department?: InternalDepartment; openOnly: boolean },
  ): Promise<ServiceRequest[]> {
    const requests = await recordsOfAccount(command, this.dataSource, ServiceRequest, accountId, {
      dueDate: 'ASC',
      id: 'ASC',
    });
    return requests.filter(
      (r) =>
        (!filter.department || r.department === filter.department) &&
        (!filter.openOnly || !serviceRequestLifecycle.isFinal(r.status)),
    );
  }

  /** Still open after its due date. */
  isOverdue(command: CommandContext, request: ServiceRequest): boolean {
    return (
      !serviceRequestLifecycle.isFinal(request.status) &&
      request.dueDate < isoDateOf(command.clock.now())
    );
  }
}
