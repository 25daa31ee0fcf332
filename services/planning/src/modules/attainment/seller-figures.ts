import {
  Exact,
  formatMoney,
  isoDateOf,
  readerOf,
  type CommandContext,
  type DecimalValue,
  type Period,
} from '@salesgraph/service-kit';
import type { DataSource, EntityManager } from 'typeorm';
import { amountsInCurrency, type RateUsed } from '../currency/amounts-in-currency';
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
  /** Their target for exactly this period, if one is set, in `currency` (see targetInCurrency). */
  target: TargetInCurrency | null;
  /** The figures' currency: the viewer's when asked, else the target's, else the planning currency. */
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
      this.ofSeller(command, userId, period, request.currency, options),
    );
  }

  /** One row per member of a team the caller leads (admins: any team). */
  forTeam(command: CommandContext, request: TeamFiguresRequest, options?: O): Promise<T[]> {
    return this.sellers.ofTeam(command, request, (userId, period) =>
      this.ofSeller(command, userId, period, request.currency, options),
    );
  }

  /** The row of a seller the caller may see. */
  protected async ofSeller(
    command: CommandContext,
    userId: string,
    period: Period,
    viewerCurrency?: string | null,
    options?: O,
  ): Promise<T> {
    const manager = readerOf(this.dataSource, command);
    const found = await this.targets.exact(manager, userId, period.kind, period.start);
    const currency = viewerCurrency ?? found?.currency ?? this.currency;
    const now = command.clock.now();
    const target = found && (await targetInCurrency(manager, found, currency, period, now));
    return this.compute({ manager, userId, period, target, currency, now }, options);
  }

  protected abstract compute(seller: SellerPeriod, options?: O): Promise<T>;
}

/** The fields every seller row has: whose, which period, in which currency. */
export function sellerFields(seller: SellerPeriod) {
  return { userId: seller.userId, currency: seller.currency, ...periodFields(seller.period) };
}

/** A target beside the amount it is measured against, and the gap (target minus amount); null without a target (or its rate). */
export function targetAndGap(target: TargetInCurrency | null, against: DecimalValue) {
  const amount = target?.amount ?? null;
  return {
    target: amount === null ? null : formatMoney(amount),
    gap: amount === null ? null : formatMoney(new Exact(amount).minus(against)),
    targetConversion: target?.conversion ?? null,
  };
}

/** A split of a target, its amount in the figures' currency (null without a rate). */
export interface SplitInCurrency {
  productLine: string | null;
  productId: string | null;
  amount: string | null;
}

/** How a target in another currency was converted: its own amount and currency, and the rate. */
export interface TargetConversion extends RateUsed {
  currency: string;
  amount: string;
  converted: string | null;
  /** The day whose rate was used. */
  rateDate: string;
}

/** A target read in the figures' currency; amount null when no rate converts it. */
export interface TargetInCurrency {
  amount: string | null;
  splits: SplitInCurrency[];
  conversion: TargetConversion | null;
}

/**
 * A target (and its splits) in the currency the figures are read in. A
 * target has no booking date: it is converted at the rate in force on the
 * period's last day, or today when the period has not ended (no rate of the
 * future is used, as for the pipeline).
 */
export async function targetInCurrency(
  manager: EntityManager,
  target: RevenueTarget,
  currency: string,
  period: Period,
  now: Date,
): Promise<TargetInCurrency> {
  const splits = target.splits ?? [];
  if (target.currency === currency)
    return {
      amount: target.amount,
      splits: splits.map(({ productLine, productId, amount }) => ({
        productLine,
        productId,
        amount,
      })),
      conversion: null,
    };
  const today = isoDateOf(now);
  const rateDate = period.end < today ? period.end : today;
  const { amounts, ...rate } = await amountsInCurrency(
    manager,
    [target.amount, ...splits.map((split) => split.amount)],
    target.currency,
    currency,
    rateDate,
  );
  const [amount, ...splitAmounts] = amounts;
  return {
    amount,
    splits: splits.map(({ productLine, productId }, i) => ({
      productLine,
      productId,
      amount: splitAmounts[i],
    })),
    conversion: {
      ...rate,
      currency: target.currency,
      amount: formatMoney(target.amount),
      converted: amount,
      rateDate,
    },
  };
}
