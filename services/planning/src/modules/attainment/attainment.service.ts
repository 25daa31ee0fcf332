import {
  Exact,
  formatMoney,
  isUuid,
  NotFoundError,
  percentage,
  periodStartingOn,
  readerOf,
  requestedPeriod,
  type CommandContext,
  type Period,
} from '@salesgraph/service-kit';
import type { DataSource, EntityManager } from 'typeorm';
import type { AccountAccess } from '../account/account-access';
import type { PeriodKind } from '../target/period-kind';
import type { RevenueTarget } from '../target/revenue-target.entity';
import type { RevenueTargetQueries } from '../target/revenue-target.queries';
import { AccountAttainment } from './account-attainment.type';
import { money } from './attainment-breakdown';
import type { AttainmentFigures } from './attainment-figures';
import { SalesAttainment } from './sales-attainment.type';
import {
  periodFields,
  type SellerFiguresRequest,
  type SellerScope,
  type TeamFiguresRequest,
} from './seller-scope';

/** Attainment per seller, team and account, read from the order projection. */
export class AttainmentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly figures: AttainmentFigures,
    private readonly targets: RevenueTargetQueries,
    private readonly sellers: SellerScope,
    private readonly accountAccess: AccountAccess,
    private readonly currency: string,
  ) {}

  forUser(command: CommandContext, request: SellerFiguresRequest): Promise<SalesAttainment> {
    return this.sellers.ofSeller(command, request, (userId, period) =>
      this.compute(readerOf(this.dataSource, command), userId, period),
    );
  }

  /** One row per member of a team the caller leads (admins: any team). */
  forTeam(command: CommandContext, request: TeamFiguresRequest): Promise<SalesAttainment[]> {
    return this.sellers.ofTeam(command, request, (userId, period) =>
      this.compute(readerOf(this.dataSource, command), userId, period),
    );
  }

  async forAccount(
    command: CommandContext,
    accountId: string,
    kind: PeriodKind,
    start?: string,
  ): Promise<AccountAttainment> {
    const period = requestedPeriod(kind, start, command.clock.now());
    if (!isUuid(accountId) || !(await this.accountAccess.canSee(command, accountId)))
      throw new NotFoundError('Account', accountId);
    const manager = readerOf(this.dataSource, command);
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
  ofTarget(command: CommandContext, target: RevenueTarget): Promise<SalesAttainment> {
    const period = periodStartingOn(target.periodKind, target.periodStart);
    return this.compute(readerOf(this.dataSource, command), target.repId, period);
  }

  private async compute(
    manager: EntityManager,
    userId: string,
    period: Period,
  ): Promise<SalesAttainment> {
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
