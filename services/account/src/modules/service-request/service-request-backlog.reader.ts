import { isoDateOf, readerOf, type CommandContext } from '@salesgraph/service-kit';
import type { DataSource } from 'typeorm';
import type { AccountAccess } from '../account/account-access';
import { Account } from '../account/account.entity';
import type { ServiceRequestBacklog } from './service-request-backlog.type';
import { ServiceRequest } from './service-request.entity';
import { serviceRequestLifecycle } from './service-request-lifecycle';
import { scopeServiceRequests } from './service-request-scope';

/** The open service requests counted per department or per account, within what the user sees. */
export class ServiceRequestBacklogReader {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accounts: AccountAccess,
  ) {}

  async read(
    command: CommandContext,
    by: 'DEPARTMENT' | 'ACCOUNT',
  ): Promise<ServiceRequestBacklog[]> {
    const key = by === 'DEPARTMENT' ? 'r.department' : 'a.id';
    const query = readerOf(this.dataSource, command)
      .createQueryBuilder(ServiceRequest, 'r')
      .innerJoin(Account, 'a', 'a.id = r.account_id')
      .select(by === 'DEPARTMENT' ? 'r.department' : 'a.id', 'key')
      .addSelect(by === 'DEPARTMENT' ? 'NULL' : 'MIN(a.name)', 'name')
      .addSelect('COUNT(*)::int', 'open')
      .addSelect(`(COUNT(*) FILTER (WHERE r.status = 'IN_PROGRESS'))::int`, 'inProgress')
      .addSelect('(COUNT(*) FILTER (WHERE r.due_date < :today))::int', 'overdue')
      .addSelect(`(COUNT(*) FILTER (WHERE r.priority = 'URGENT'))::int`, 'urgent')
      .where('r.status IN (:...open)', {
        open: serviceRequestLifecycle.open,
        today: isoDateOf(command.clock.now()),
      });
    if (!(await scopeServiceRequests(query, command, this.accounts))) return [];
    const rows: Array<{
      key: string;
      name: string | null;
      open: number;
      inProgress: number;
      overdue: number;
      urgent: number;
    }> = await query.groupBy(key).orderBy('COUNT(*)', 'DESC').addOrderBy(key, 'ASC').getRawMany();
    return rows.map((row) => ({
      department: by === 'DEPARTMENT' ? (row.key as ServiceRequest['department']) : null,
      accountId: by === 'ACCOUNT' ? row.key : null,
      accountName: row.name,
      open: row.open,
      inProgress: row.inProgress,
      overdue: row.overdue,
      urgent: row.urgent,
    }));
  }
}
