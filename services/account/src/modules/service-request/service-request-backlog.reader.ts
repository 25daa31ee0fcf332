import type { AuthenticatedUser } from '@salesgraph/identity';
import type { DataSource } from 'typeorm';
import { isoDate } from '../../common/dates';
import type { AccountAccess } from '../account/account-access';
import { Account } from '../account/account.entity';
import type { ServiceRequestBacklog } from './service-request-backlog.type';
import { openServiceRequestStatuses } from './service-request-enums';
import { ServiceRequest } from './service-request.entity';
import { scopeServiceRequests } from './service-request-scope';

/** The open service requests counted per department or per account, within what the user sees. */
export class ServiceRequestBacklogReader {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccountAccess,
  ) {}

  async read(
    user: AuthenticatedUser,
    by: 'DEPARTMENT' | 'ACCOUNT',
    now = new Date(),
  ): Promise<ServiceRequestBacklog[]> {
    const manager = this.dataSource.manager;
    const key = by === 'DEPARTMENT' ? 'r.department' : 'a.id';
    const query = manager
      .createQueryBuilder(ServiceRequest, 'r')
      .innerJoin(Account, 'a', 'a.id = r.account_id')
      .select(by === 'DEPARTMENT' ? 'r.department' : 'a.id', 'key')
      .addSelect(by === 'DEPARTMENT' ? 'NULL' : 'MIN(a.name)', 'name')
      .addSelect('COUNT(*)::int', 'open')
      .addSelect(`(COUNT(*) FILTER (WHERE r.status = 'IN_PROGRESS'))::int`, 'inProgress')
      .addSelect('(COUNT(*) FILTER (WHERE r.due_date < :today))::int', 'overdue')
      .addSelect(`(COUNT(*) FILTER (WHERE r.priority = 'URGENT'))::int`, 'urgent')
      .where('r.status IN (:...open)', { open: openServiceRequestStatuses, today: isoDate(now) });
    if (!(await scopeServiceRequests(query, manager, this.access, user))) return [];
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
