import type { AuthenticatedUser } from '@salesgraph/identity';
import { auditHistory } from '@salesgraph/messaging';
import { type AuditEntry, isUuid } from '@salesgraph/service-kit';
import { In, type DataSource, type FindOptionsWhere } from 'typeorm';
import { loadPlan } from './account-plan.lock';
import type { AccountPlanStatus } from './account-plan-status';
import { AccountPlan } from './account-plan.entity';
import { AccountPlanNotFoundError } from './account-plan.exception';
import type { PlanAccess } from './plan-access';

/** Reads of account plans: the account manager's own, their sales manager's team's, all for admins. */
export class AccountPlanQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: PlanAccess,
  ) {}

  async get(viewer: AuthenticatedUser, id: string): Promise<AccountPlan> {
    const manager = this.dataSource.manager;
    const plan = isUuid(id) ? await loadPlan(manager, id).catch(() => null) : null;
    if (!plan || !(await this.access.canRead(manager, viewer, plan)))
      throw new AccountPlanNotFoundError(id);
    return plan;
  }

  async list(
    viewer: AuthenticatedUser,
    filter: { year?: number; status?: AccountPlanStatus },
  ): Promise<AccountPlan[]> {
    const manager = this.dataSource.manager;
    const owners = await this.access.visibleOwners(manager, viewer);
    const where: FindOptionsWhere<AccountPlan> = {
      ...(owners ? { accountManagerId: In(owners) } : {}),
      ...(filter.year !== undefined ? { year: filter.year } : {}),
      ...(filter.status ? { status: filter.status } : {}),
    };
    return manager.find(AccountPlan, {
      where,
      relations: { productTargets: true },
      order: { year: 'DESC', accountId: 'ASC', productTargets: { productId: 'ASC' } },
      take: 200,
    });
  }

  /** `Account.plan`: the plan of that year if the viewer may read it, else null. */
  async forAccount(
    viewer: AuthenticatedUser,
    accountId: string,
    year: number,
  ): Promise<AccountPlan | null> {
    if (!isUuid(accountId)) return null;
    const manager = this.dataSource.manager;
    const found = await manager.findOne(AccountPlan, {
      where: { accountId, year },
      select: { id: true },
    });
    if (!found) return null;
    const plan = await loadPlan(manager, found.id);
    return (await this.access.canRead(manager, viewer, plan)) ? plan : null;
  }

  async history(planId: string): Promise<AuditEntry[]> {
    const records = await auditHistory(this.dataSource.manager, 'AccountPlan', planId);
    return records.map((r) => ({ ...r, data: r.data as Record<string, unknown> }));
  }
}
