import type { AuthenticatedUser } from '@salesgraph/identity';
import {
  NotFoundError,
  type Clock,
  isUuid,
  formatMoney,
  Exact,
  percentage,
  periodStartingOn,
  requestedPeriod,
  type Period,
} from '@salesgraph/service-kit';
import type { DataSource, EntityManager } from 'typeorm';
import type { AccountAccess } from '../account/account-access';
import type { RevenueTarget } from '../target/revenue-target.entity';
import type { RevenueTargetQueries } from '../target/revenue-target.queries';
import { AccountAttainment } from './account-attainment.type';
import { money } from './attainment-breakdown';
import type { AttainmentFigures } from './attainment-figures';
import { SalesAttainment } from './sales-attainment.type';
import type { SellerScope } from './seller-scope';
import { type PeriodKind } from '../target/period-kind';

/** Attainment per seller, team and account, read from the order projection. */
export class AttainmentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly figures: AttainmentFigures,
    private readonly targets: RevenueTargetQueries,
    private readonly scope: SellerScope,
    private readonly accountAccess: AccountAccess,
    private readonly clock: Clock,
    private readonly currency: string,
  ) {}

  async forUser(
    viewer: AuthenticatedUser,
    userId: string,
    kind: PeriodKind,
    start?: string,
  ): Promise<SalesAttainment> {
    const period = requestedPeriod(kind, start, this.clock.now());
    const manager = this.dataSource.manager;
    await this.scope.assertMaySee(manager, viewer, userId);
    return this.compute(manager, userId, period);
  }

  /** One row per member of a team the viewer leads (admins: any team). */
  async forTeam(
    viewer: AuthenticatedUser,
    teamId: string,
    kind: PeriodKind,
    start?: string,
  ): Promise<SalesAttainment[]> {
    const period = requestedPeriod(kind, start, this.clock.now());
    const members = await this.scope.teamMembers(viewer, teamId);
    const manager = this.dataSource.manager;
    return Promise.all(members.map((userId) => this.compute(manager, userId, period)));
  }

  async forAccount(
    viewer: AuthenticatedUser,
    accountId: string,
    kind: PeriodKind,
    start?: string,
  ): Promise<AccountAttainment> {
    const period = requestedPeriod(kind, start, this.clock.now());
    const manager = this.dataSource.manager;
    if (!isUuid(accountId) || !(await this.accountAccess.canSee(manager, viewer, accountId)))
      throw new NotFoundError('Account', accountId);
    const figures = await this.figures.totals(manager, { accountId }, this.currency, period);
    return Object.assign(new AccountAttainment(), {
      ...money(figures),
      accountId,
      account: { id: accountId },
      currency: this.currency,
      period,
      ...periodFields(period),
    });
  }

  /** The attainment of a target the caller already sees. */
  ofTarget(target: RevenueTarget): Promise<SalesAttainment> {
    const period = periodStartingOn(target.periodKind, target.periodStart);
    return this.compute(this.dataSource.manager, target.repId, period);
  }

  async compute(manager: EntityManager, userId: string, period: Period): Promise<SalesAttainment> {
    const target = await this.targets.exact(manager, userId, period.kind, period.start);
    const currency = target?.currency ?? this.currency;
    const figures = await this.figures.totals(manager, { creditedTo: userId }, currency, period);
    return Object.assign(new SalesAttainment(), {
      ...money(figures),
      userId,
      currency,
      ...periodFields(period),
      target: target ? formatMoney(target.amount) : null,
      gap: target ? formatMoney(new Exact(target.amount).minus(figures.booked)) : null,
      attainmentPercent: target ? percentage(figures.booked, target.amount) : null,
      period,
      splits: target?.splits ?? [],
    });
  }
}

export function periodFields(period: Period) {
  return { periodKind: period.kind, periodStart: period.start, periodEnd: period.end };
}
