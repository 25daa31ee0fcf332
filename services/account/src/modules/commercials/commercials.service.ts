import {
  loadMany,
  readerOf,
  toCents,
  wholeDaysBetween,
  type CommandContext,
} from '@salesgraph/service-kit';
import type { DataSource, EntityManager } from 'typeorm';
import { NOT_ORDERED_STATUSES, PENDING_STATUS } from './order-statuses';
import { CommercialFigures } from './commercial-figures';
import { changePercent, lastMonths, percentOf } from './figures-math';
import { MonthlyFigures } from './monthly-figures';

interface FiguresRow {
  account_id: string;
  currency: string;
  booked_revenue: string;
  booked_margin: string;
  invoiced_revenue: string;
  pending_value: string;
  last90: string;
  prev90: string;
  booked_count: number;
  last_order_at: Date | null;
}

/** Reads revenue and margin per account from the order projection; all sums in SQL numeric. */
export class CommercialsService {
  constructor(private readonly dataSource: DataSource) {}

  /** An account's figures as of the command's now; batched over the accounts of a request. */
  ofAccount(command: CommandContext, accountId: string): Promise<CommercialFigures[]> {
    return loadMany(command, 'account.commercials', accountId, async (ids) => {
      const now = command.clock.now();
      const figures = await this.figures(readerOf(this.dataSource, command), ids, now);
      return ids.map((id) => figures.get(id) ?? []);
    });
  }

  /**
   * Figures per account and currency as of `now`, the currency with the most
   * recent business first, read through `manager` (a health assessment's
   * transaction, say).
   */
  async figures(
    manager: EntityManager,
    accountIds: readonly string[],
    now: Date,
  ): Promise<Map<string, CommercialFigures[]>> {
    const rows: FiguresRow[] = await manager.query(
      `SELECT account_id, currency,
         COALESCE(SUM(total_net) FILTER (WHERE counts_as_booked), 0)::text AS booked_revenue,
         COALESCE(SUM(margin) FILTER (WHERE counts_as_booked), 0)::text AS booked_margin,
         COALESCE(SUM(total_net) FILTER (WHERE status = 'INVOICED'), 0)::text AS invoiced_revenue,
         COALESCE(SUM(total_net) FILTER (WHERE status = $3), 0)::text AS pending_value,
         COALESCE(SUM(total_net) FILTER (WHERE counts_as_booked
           AND booked_at > $2::timestamptz - interval '90 days' AND booked_at <= $2::timestamptz), 0)::text AS last90,
         COALESCE(SUM(total_net) FILTER (WHERE counts_as_booked
           AND booked_at > $2::timestamptz - interval '180 days'
           AND booked_at <= $2::timestamptz - interval '90 days'), 0)::text AS prev90,
         (COUNT(*) FILTER (WHERE counts_as_booked))::int AS booked_count,
         MAX(order_date) FILTER (WHERE status <> ALL($4) AND order_date <= $2::timestamptz) AS last_order_at
       FROM account_order WHERE account_id = ANY($1)
       GROUP BY account_id, currency
       ORDER BY account_id, SUM(total_net) FILTER (WHERE counts_as_booked
         AND booked_at > $2::timestamptz - interval '180 days') DESC NULLS LAST, currency`,
      [accountIds, now.toISOString(), PENDING_STATUS, NOT_ORDERED_STATUSES],
    );
    const byAccount = new Map<string, CommercialFigures[]>();
    for (const row of rows) {
      const list = byAccount.get(row.account_id) ?? [];
      list.push(toFigures(row, now));
      byAccount.set(row.account_id, list);
    }
    return byAccount;
  }

  /** Booked revenue and margin per month of booking for the last `months` months, empty ones included. */
  async monthly(
    command: CommandContext,
    figures: CommercialFigures,
    months: number,
  ): Promise<MonthlyFigures[]> {
    const { accountIds, currency, asOf: now } = figures;
    const wanted = lastMonths(now, months);
    const rows: Array<{ month: string; revenue: string; margin: string; orders: number }> =
      await readerOf(this.dataSource, command).query(
        `SELECT to_char(date_trunc('month', booked_at AT TIME ZONE 'UTC'), 'YYYY-MM') AS month,
           SUM(total_net)::text AS revenue, SUM(margin)::text AS margin, COUNT(*)::int AS orders
         FROM account_order
         WHERE account_id = ANY($1::uuid[]) AND currency = $2 AND counts_as_booked
           AND booked_at >= $3::timestamptz AND booked_at <= $4::timestamptz
         GROUP BY 1`,
        [accountIds, currency, `${wanted[0]}-01T00:00:00Z`, now.toISOString()],
      );
    const found = new Map(rows.map((row) => [row.month, row]));
    return wanted.map((month) => {
      const row = found.get(month);
      return {
        month,
        revenue: toCents(row?.revenue ?? '0'),
        margin: toCents(row?.margin ?? '0'),
        orders: row?.orders ?? 0,
      };
    });
  }
}

function toFigures(row: FiguresRow, now: Date): CommercialFigures {
  return Object.assign(new CommercialFigures(), {
    accountId: row.account_id,
    accountIds: [row.account_id],
    asOf: now,
    currency: row.currency,
    bookedRevenue: toCents(row.booked_revenue),
    bookedMargin: toCents(row.booked_margin),
    marginPercent: percentOf(row.booked_margin, row.booked_revenue),
    invoicedRevenue: toCents(row.invoiced_revenue),
    pendingOrderValue: toCents(row.pending_value),
    revenueLast90Days: toCents(row.last90),
    revenuePrevious90Days: toCents(row.prev90),
    revenueTrendPercent: changePercent(row.last90, row.prev90),
    bookedOrderCount: row.booked_count,
    lastOrderAt: row.last_order_at,
    daysSinceLastOrder: row.last_order_at ? wholeDaysBetween(row.last_order_at, now) : null,
  });
}
