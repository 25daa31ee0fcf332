import type { AuthenticatedUser } from '@salesgraph/identity';
import { BadInputError } from '@salesgraph/service-kit';
import { isUUID } from 'class-validator';
import type { DataSource } from 'typeorm';
import { addDays, isoDateOf, type Clock } from '../../shared/clock';
import { formatDecimal } from '../../shared/decimal';
import type { SalesAccess } from '../access/sales-access';
import { marginPercentOf } from '../order/order-pricing';
import type { AccountRevenue } from './account-revenue.type';

/**
 * Revenue per account from this service's own orders. Only someone who may
 * see the account's orders gets an answer: its owner (and their manager),
 * coordinators and admins.
 */
export class AccountRevenueService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: SalesAccess,
    private readonly clock: Clock,
    private readonly currency: string,
  ) {}

  /** The period asked for, defaulting to the current calendar year up to today. */
  period(from?: string, to?: string): { from: string; to: string } {
    const today = isoDateOf(this.clock());
    const period = { from: from ?? `${today.slice(0, 4)}-01-01`, to: to ?? today };
    if (period.to < period.from)
      throw new BadInputError(
        `The period must not end (${period.to}) before it starts (${period.from}).`,
      );
    return period;
  }

  async revenueOf(
    user: AuthenticatedUser,
    accountIds: readonly string[],
    period: { from: string; to: string },
  ): Promise<Array<AccountRevenue | null>> {
    const manager = this.dataSource.manager;
    const scope = await this.access.scopeOf(manager, user);
    // Keys come from `_entities` representations: anything but a uuid is no account of ours.
    const visible = accountIds.filter(
      (id) => isUUID(id) && (scope.all || scope.accountIds.includes(id)),
    );
    const rows: Array<Record<string, string>> = visible.length
      ? await manager.query(
          `SELECT account_id,
                  COALESCE(SUM(total_net) FILTER (WHERE booked), 0) AS booked,
                  COALESCE(SUM(margin) FILTER (WHERE booked), 0) AS margin,
                  COUNT(*) FILTER (WHERE booked) AS booked_orders,
                  COALESCE(SUM(total_net) FILTER (WHERE invoiced), 0) AS invoiced
             FROM (SELECT account_id, total_net, margin,
                          status IN ('CONFIRMED', 'FULFILLED', 'INVOICED')
                            AND confirmed_at >= $2::date AND confirmed_at < $3::date AS booked,
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
