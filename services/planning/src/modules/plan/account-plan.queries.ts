import {
  compiledSelect,
  isUuid,
  loadOne,
  oneByKey,
  readerOf,
  type CommandContext,
} from '@salesgraph/service-kit';
import { In, type DataSource, type EntityManager, type FindOptionsWhere } from 'typeorm';
import type { AccountPlanStatus } from './account-plan-status';
import { loadPlan } from './account-plan.lock';
import { AccountPlan } from './account-plan.entity';
import { AccountPlanNotFoundError } from './account-plan.exception';
import type { PlanAccess } from './plan-access';

/**
 * The plans of some accounts for one year with their product targets in product order, as
 * `find(AccountPlan, { relations: { productTargets: true } })` reads them (a statement written
 * once: every key-account view reads one).
 */
const plansOfAccounts = compiledSelect((manager: EntityManager, _shape: 'of a year') =>
  manager
    .createQueryBuilder(AccountPlan, 'plan')
    .leftJoinAndSelect('plan.productTargets', 'target')
    .where('plan.accountId = ANY(:accountIds)')
    .andWhere('plan.year = :year')
    .orderBy('target.productId', 'ASC'),
);

/** Reads of account plans: the account manager's own, their sales manager's team's, all for admins. */
export class AccountPlanQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: PlanAccess,
  ) {}

  async get(command: CommandContext, id: string): Promise<AccountPlan> {
    const manager = readerOf(this.dataSource, command);
    const plan = isUuid(id) ? await loadPlan(manager, id).catch(() => null) : null;
    if (!plan || !(await this.access.canRead(command, plan)))
      throw new AccountPlanNotFoundError(id);
    return plan;
  }

  async list(
    command: CommandContext,
    filter: { year?: number; status?: AccountPlanStatus },
  ): Promise<AccountPlan[]> {
    const owners = await this.access.visibleOwners(command);
    const where: FindOptionsWhere<AccountPlan> = {
      ...(owners ? { accountManagerId: In([...owners]) } : {}),
      ...(filter.year !== undefined ? { year: filter.year } : {}),
      ...(filter.status ? { status: filter.status } : {}),
    };
    return readerOf(this.dataSource, command).find(AccountPlan, {
      where,
      relations: { productTargets: true },
      order: { year: 'DESC', accountId: 'ASC', productTargets: { productId: 'ASC' } },
      take: 200,
    });
  }

  /**
   * `Account.plan`: the plan of that year if the command may read it, else
   * null. The plans of every account one request asks for are read at once.
   */
  async forAccount(
    command: CommandContext,
    accountId: string,
    year: number,
  ): Promise<AccountPlan | null> {
    if (!isUuid(accountId)) return null;
    const plan = await loadOne(command, `accountPlan:${year}`, accountId, async (accountIds) =>
      oneByKey(
        accountIds,
        await plansOfAccounts(readerOf(this.dataSource, command), 'of a year', {
          accountIds: [...accountIds],
          year,
        }),
        (found) => found.accountId,
      ),
    );
    return plan && (await this.access.canRead(command, plan)) ? plan : null;
  }
}
