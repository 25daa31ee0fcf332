import {
  isUuid,
  NotFoundError,
  percentage,
  periodStartingOn,
  readerOf,
  requestedPeriod,
  type CommandContext,
} from '@salesgraph/service-kit';
import type { DataSource } from 'typeorm';
import type { AccountAccess } from '../account/account-access';
import type { PeriodKind } from '../target/period-kind';
import type { RevenueTarget } from '../target/revenue-target.entity';
import type { RevenueTargetQueries } from '../target/revenue-target.queries';
import { AccountAttainment } from './account-attainment.type';
import { money } from './attainment-breakdown';
import type { AttainmentFigures } from './attainment-figures';
import { SalesAttainment } from './sales-attainment.type';
import { SellerFigures, sellerFields, targetAndGap, type SellerPeriod } from './seller-figures';
import { periodFields, type SellerScope } from './seller-scope';

/** Attainment per seller, team and account, read from the order projection. */
export class AttainmentService extends SellerFigures<SalesAttainment> {
  constructor(
    dataSource: DataSource,
    private readonly figures: AttainmentFigures,
    targets: RevenueTargetQueries,
    sellers: SellerScope,
    private readonly accountAccess: AccountAccess,
    currency: string,
  ) {
    super(dataSource, sellers, targets, currency);
  }

  async forAccount(
    command: CommandContext,
    accountId: string,
    kind: PeriodKind,
    start?: string,
    viewerCurrency?: string,
  ): Promise<AccountAttainment> {
    const period = requestedPeriod(kind, start, command.clock.now());
    if (!isUuid(accountId) || !(await this.accountAccess.canSee(command, accountId)))
      throw new NotFoundError('Account', accountId);
    const manager = readerOf(this.dataSource, command);
    const currency = viewerCurrency ?? this.currency;
    const figures = await this.figures.totals(manager, { accountId }, currency, period);
    return Object.assign(new AccountAttainment(), {
      ...money(figures),
      accountId,
      account: { id: accountId },
      currency,
      period,
      ...periodFields(period),
    });
  }

  /** The attainment of a target the caller already sees. */
  ofTarget(command: CommandContext, target: RevenueTarget): Promise<SalesAttainment> {
    const period = periodStartingOn(target.periodKind, target.periodStart);
    return this.ofSeller(command, target.repId, period);
  }

  protected async compute(seller: SellerPeriod): Promise<SalesAttainment> {
    const { manager, userId, period, target, currency } = seller;
    const figures = await this.figures.totals(manager, { creditedTo: userId }, currency, period);
    return Object.assign(new SalesAttainment(), {
      ...money(figures),
      ...sellerFields(seller),
      ...targetAndGap(target, figures.booked),
      attainmentPercent: target?.amount ? percentage(figures.booked, target.amount) : null,
      period,
      splits: target?.splits ?? [],
    });
  }
}
