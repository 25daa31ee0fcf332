import {
  Exact,
  formatMoney,
  readerOf,
  type CommandContext,
  type DecimalValue,
  type Period,
} from '@salesgraph/service-kit';
import type { DataSource, EntityManager } from 'typeorm';
import type { RevenueTarget } from '../target/revenue-target.entity';
import type { RevenueTargetQueries } from '../target/revenue-target.queries';
import {
  periodFields,
  type SellerFiguresRequest,
  type SellerScope,
  type TeamFiguresRequest,
} from './seller-scope';

/** One seller in one period, as their figures are computed. */
export interface SellerPeriod {
  manager: EntityManager;
  userId: string;
  period: Period;
  /** Their target for exactly this period, if one is set. */
  target: RevenueTarget | null;
  /** Only orders and opportunities in this currency count: the target's, else the planning currency. */
  currency: string;
  /** "Now", by the command's clock (what has slipped is judged against it). */
  now: Date;
}

/**
 * Figures of sellers (attainment, forecast): of one seller or of every
 * member of a team, as SellerScope lets the caller see them, each measured
 * against the seller's target for the period. A subclass computes one row.
 */
export abstract class SellerFigures<T, O = undefined> {
  constructor(
    protected readonly dataSource: DataSource,
    protected readonly sellers: SellerScope,
    private readonly targets: RevenueTargetQueries,
    protected readonly currency: string,
  ) {}

  forUser(command: CommandContext, request: SellerFiguresRequest, options?: O): Promise<T> {
    return this.sellers.ofSeller(command, request, (userId, period) =>
      this.ofSeller(command, userId, period, options),
    );
  }

  /** One row per member of a team the caller leads (admins: any team). */
  forTeam(command: CommandContext, request: TeamFiguresRequest, options?: O): Promise<T[]> {
    return this.sellers.ofTeam(command, request, (userId, period) =>
      this.ofSeller(command, userId, period, options),
    );
  }

  /** The row of a seller the caller may see. */
  protected async ofSeller(
    command: CommandContext,
    userId: string,
    period: Period,
    options?: O,
  ): Promise<T> {
    const manager = readerOf(this.dataSource, command);
    const target = await this.targets.exact(manager, userId, period.kind, period.start);
    const currency = target?.currency ?? this.currency;
    const now = command.clock.now();
    return this.compute({ manager, userId, period, target, currency, now }, options);
  }

  protected abstract compute(seller: SellerPeriod, options?: O): Promise<T>;
}

/** The fields every seller row has: whose, which period, in which currency. */
export function sellerFields(seller: SellerPeriod) {
  return { userId: seller.userId, currency: seller.currency, ...periodFields(seller.period) };
}

/** A target beside the amount it is measured against, and the gap (target minus amount); null without a target. */
export function targetAndGap(target: { amount: string } | null, against: DecimalValue) {
  return {
    target: target ? formatMoney(target.amount) : null,
    gap: target ? formatMoney(new Exact(target.amount).minus(against)) : null,
  };
}
