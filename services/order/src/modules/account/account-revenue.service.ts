import {
  addDays,
  BadInputError,
  formatDecimal,
  isoDateOf,
  isUuid,
  loadOne,
  readerOf,
  type CommandContext,
} from '@salesgraph/service-kit';
import type { DataSource } from 'typeorm';
import type { SalesAccess } from '../access/sales-access';
import { bookingSql } from '../order/order-booking.rule';
import { marginPercentOf } from '../order/order-pricing';
import type { AccountRevenue } from './account-revenue.type';

type Period = { from: string; to: string };

/**
 * Revenue per account from this service's own orders: booked as the order
 * booking rule says (counted while booked, dated when booked), invoiced when
 * invoiced. Only someone who may see the account's orders gets an answer:
 * its owner (and their manager), coordinators and admins.
 */
export class AccountRevenueService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: SalesAccess,
    private readonly currency: string,
  ) {}

  /**
   * One account's revenue over a period (default: this calendar year up to
   * today), through the command's loader: every account of a request in one
   * statement per period asked for.
   */
  revenueOf(
    command: CommandContext,
    accountId: string,
    from?: string,
    to?: string,
  ): Promise<AccountRevenue | null> {
    const period = this.period(command, from, to);
    return loadOne(command, `revenue:${period.from}:${period.to}`, accountId, (ids) =>
      this.revenueOfMany(command, ids, period),
    );
  }

  private period(command: CommandContext, from?: string, to?: string): Period {
    const today = isoDateOf(command.clock.now());
    const period = { from: from ?? `${today.slice(0, 4)}-01-01`, to: to ?? today };
    if (period.to < period.from)
      throw new BadInputError(
        `The period must not end (${period.to}) before it starts (${period.from}).`,
      );
    return period;
  }

  private async revenueOfMany(
    command: CommandContext,
    accountIds: readonly string[],
    period: Period,
  ): Promise<Array<AccountRevenue | null>> {
    const scope = await this.access.scopeOf(command);
    // Keys come from `_entities` representations: anything but a uuid is no account of ours.
    const visible = accountIds.filter((id) => isUuid(id) && scope.seesAccount(id));
    const rows: Array<Record<string, string>> = visible.length
      ? await readerOf(this.dataSource, command).query(
          `SELECT account_id,
                  COALESCE(SUM(total_net) FILTER (WHERE booked), 0) AS booked,
                  COALESCE(SUM(margin) FILTER (WHERE booked), 0) AS margin,
                  COUNT(*) FILTER (WHERE booked) AS booked_orders,
                  COALESCE(SUM(total_net) FILTER (WHERE invoiced), 0) AS invoiced
             FROM (SELECT account_id, total_net, margin,
                          ${bookingSql.countsAsBooked}
                            AND ${bookingSql.bookedAt} >= $2::date AND ${bookingSql.bookedAt} < $3::date AS booked,
                          status = 'INVOICED'
                            AND invoiced_at >= $2::date AND invoiced_at < $3::date AS invoiced
                     FROM sales_order WHERE account_id = ANY($1::uuid[])) o
            GROUP BY account_id`,
          [visible, period.from, addDays(period.to, 1)],
        )
      : [];
    const byAccount = new Map(rows.map((r) => [r.account_id, r]));
    return accountIds.map((id) => {
      if (!visible.includes(id)) return null;
      const row = byAccount.get(id);
      const booked = formatDecimal(row?.booked ?? '0', 2);
      const margin = formatDecimal(row?.margin ?? '0', 2);
      return {
        ...period,
        currency: this.currency,
        booked,
        invoiced: formatDecimal(row?.invoiced ?? '0', 2),
        margin,
        marginPercent: marginPercentOf({ totalNet: booked, totalCost: '0', margin }),
        bookedOrders: Number(row?.booked_orders ?? 0),
      };
    });
  }
}
