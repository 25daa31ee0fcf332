import {
  addDays,
  BadInputError,
  formatDecimal,
  formattedConversion,
  isoDateOf,
  isUuid,
  loadOne,
  readerOf,
  type CommandContext,
} from '@salesgraph/service-kit';
import type { DataSource } from 'typeorm';
import type { SalesAccess } from '../access/sales-access';
import { marginPercentOf } from '../order/order-pricing';
import { costInWanted, inWanted, ratedOrdersSql } from './account-revenue.sql';
import type { AccountRevenue } from './account-revenue.type';
import type { RevenueConversion } from './currency-conversion.type';

type Period = { from: string; to: string };
type TotalsRow = Record<'account_id' | 'booked' | 'margin' | 'invoiced', string> & {
  booked_orders: number;
  conversions: RevenueConversion[];
};

/**
 * Revenue per account from this service's own orders: booked as the order
 * booking rule says (counted while booked, dated when booked), invoiced when
 * invoiced, in one currency (asked for, else the service's ORDER_CURRENCY:
 * the order service knows no account currency). Orders in other currencies
 * are converted at their booking date's rate from the copy of planning's
 * table, as planning converts attainment; those without a rate are listed
 * in `conversions` and left out of the sums. Only someone who may see the account's orders gets an answer:
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
    currency?: string,
  ): Promise<AccountRevenue | null> {
    const period = this.period(command, from, to);
    const wanted = currency ?? this.currency;
    if (!/^[A-Z]{3}$/.test(wanted))
      throw new BadInputError(`"${wanted}" is not an ISO 4217 currency code such as "EUR".`);
    return loadOne(command, `revenue:${period.from}:${period.to}:${wanted}`, accountId, (ids) =>
      this.revenueOfMany(command, ids, period, wanted),
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
    currency: string,
  ): Promise<Array<AccountRevenue | null>> {
    const scope = await this.access.scopeOf(command);
    // Keys come from `_entities` representations: anything but a uuid is no account of ours.
    const visible = accountIds.filter((id) => isUuid(id) && scope.seesAccount(id));
    const reader = readerOf(this.dataSource, command);
    const params = [visible, period.from, addDays(period.to, 1), currency];
    // Totals and the conversions behind them in one statement: one round trip per period asked for.
    const totals: TotalsRow[] = visible.length
      ? await reader.query(
          `WITH ${ratedOrdersSql},
           totals AS (
             SELECT o.account_id,
                    COALESCE(SUM(${inWanted('o.total_net')}) FILTER (WHERE o.booked), 0)::text AS booked,
                    COALESCE(SUM(${inWanted('o.total_net')} - ${costInWanted})
                      FILTER (WHERE o.booked), 0)::text AS margin,
                    COUNT(*) FILTER (WHERE o.booked AND ${inWanted('o.total_net')} IS NOT NULL)::int
                      AS booked_orders,
                    COALESCE(SUM(${inWanted('o.total_net')}) FILTER (WHERE o.invoiced), 0)::text AS invoiced
               FROM rated o GROUP BY o.account_id),
           conversions AS (
             SELECT o.account_id, o.currency, o.effective_from,
                    json_build_object(
                      'currency', o.currency::text, 'rate', o.rate::text,
                      'rateEffectiveFrom', to_char(o.effective_from, 'YYYY-MM-DD'), 'inverse', o.inverse,
                      'orders', COUNT(*)::int,
                      'booked', COALESCE(SUM(o.total_net) FILTER (WHERE o.booked), 0)::text,
                      'invoiced', COALESCE(SUM(o.total_net) FILTER (WHERE o.invoiced), 0)::text,
                      'bookedConverted', (COALESCE(SUM(${inWanted('o.total_net')}) FILTER (WHERE o.booked), 0)
                         * CASE WHEN o.rate IS NULL THEN NULL ELSE 1 END)::text,
                      'invoicedConverted', (COALESCE(SUM(${inWanted('o.total_net')}) FILTER (WHERE o.invoiced), 0)
                         * CASE WHEN o.rate IS NULL THEN NULL ELSE 1 END)::text) AS conversion
               FROM rated o
              WHERE o.currency <> $4
              GROUP BY o.account_id, o.currency, o.rate, o.effective_from, o.inverse)
           SELECT t.account_id::text AS account_id, t.booked, t.margin, t.booked_orders, t.invoiced,
                  COALESCE((SELECT json_agg(c.conversion ORDER BY c.currency, c.effective_from NULLS FIRST)
                              FROM conversions c WHERE c.account_id = t.account_id), '[]'::json) AS conversions
             FROM totals t`,
          params,
        )
      : [];
    const byAccount = new Map(totals.map((r) => [r.account_id, r]));
    return accountIds.map((id) => {
      if (!visible.includes(id)) return null;
      const row = byAccount.get(id);
      const booked = formatDecimal(row?.booked ?? '0', 2);
      const margin = formatDecimal(row?.margin ?? '0', 2);
      return {
        ...period,
        currency,
        booked,
        invoiced: formatDecimal(row?.invoiced ?? '0', 2),
        margin,
        marginPercent: marginPercentOf({ totalNet: booked, totalCost: '0', margin }),
        bookedOrders: Number(row?.booked_orders ?? 0),
        conversions: (row?.conversions ?? []).map(formattedConversion),
      };
    });
  }
}
