import type { EntityManager } from 'typeorm';
import { formattedConversion, type Period } from '@salesgraph/service-kit';
import {
  converted,
  convertedCost,
  convertedOrdersSql,
  costNotConvertedSql,
} from './converted-orders.sql';

/** Whose orders: those credited to a seller, or those of an account. */
export type AttainmentSubject = { creditedTo: string } | { accountId: string };

export interface Figures {
  booked: string;
  bookedMargin: string;
  invoiced: string;
}

export interface TotalFigures extends Figures {
  /** Booked orders whose costs no rate converts into the figures' currency: not in bookedMargin. */
  marginUnconvertedOrders: number;
}

export interface KeyedFigures extends Figures {
  key: string;
}

/** Orders of one currency converted at one rate (or, rate null, not convertible): what a figure is made of. */
export interface ConversionRow {
  currency: string;
  rate: string | null;
  /** The rate's effectiveFrom; null without a rate. */
  rateEffectiveFrom: string | null;
  /** True when the table holds the pair the other way round (amount / rate). */
  inverse: boolean;
  orders: number;
  booked: string;
  invoiced: string;
  bookedConverted: string | null;
  invoicedConverted: string | null;
}

export interface ConvertedFigures extends TotalFigures {
  /** Every foreign currency that took part, by rate; an entry without a rate was not counted. */
  conversions: ConversionRow[];
}

export type Breakdown = 'product' | 'productLine' | 'account';

const groupColumn: Record<Breakdown, string> = {
  product: 'l.product_id::text',
  productLine: 'l.product_line',
  account: 'o.account_id::text',
};

/**
 * Sums the order projection for a subject and a period in one currency (the
 * target's or the viewer's), in SQL numeric: exact, whatever the number of
 * orders. Orders in other currencies are converted at the rate of their
 * booking date: see converted-orders.sql.ts.
 */
export class AttainmentFigures {
  async totals(
    manager: EntityManager,
    subject: AttainmentSubject,
    currency: string,
    period: Pick<Period, 'startsAt' | 'endsBefore'>,
  ): Promise<ConvertedFigures> {
    const params = [subjectValue(subject), currency, period.startsAt, period.endsBefore];
    const [row] = await manager.query(
      `WITH ${convertedOrdersSql(subjectColumn(subject))}
       SELECT COALESCE(SUM(${converted('o.total_net')}) FILTER (WHERE o.is_booked), 0)::text AS booked,
              COALESCE(SUM(${converted('o.total_net')} - ${convertedCost('o.total_cost')})
                FILTER (WHERE o.is_booked), 0)::text AS "bookedMargin",
              COALESCE(SUM(${converted('o.total_net')}) FILTER (WHERE o.is_invoiced), 0)::text AS invoiced,
              COUNT(*) FILTER (WHERE o.is_booked AND ${costNotConvertedSql()})::int
                AS "marginUnconvertedOrders"
       FROM rated o`,
      params,
    );
    const conversions: ConversionRow[] = await manager.query(
      `WITH ${convertedOrdersSql(subjectColumn(subject))}
       SELECT o.currency::text AS currency, o.rate::text AS rate,
              to_char(o.effective_from, 'YYYY-MM-DD') AS "rateEffectiveFrom", o.inverse,
              COUNT(*)::int AS orders,
              COALESCE(SUM(o.total_net) FILTER (WHERE o.is_booked), 0)::text AS booked,
              COALESCE(SUM(o.total_net) FILTER (WHERE o.is_invoiced), 0)::text AS invoiced,
              (COALESCE(SUM(${converted('o.total_net')}) FILTER (WHERE o.is_booked), 0)
                 * CASE WHEN o.rate IS NULL THEN NULL ELSE 1 END)::text AS "bookedConverted",
              (COALESCE(SUM(${converted('o.total_net')}) FILTER (WHERE o.is_invoiced), 0)
                 * CASE WHEN o.rate IS NULL THEN NULL ELSE 1 END)::text AS "invoicedConverted"
       FROM rated o
       WHERE o.currency <> $2
       GROUP BY o.currency, o.rate, o.effective_from, o.inverse
       ORDER BY o.currency, o.effective_from NULLS FIRST`,
      params,
    );
    return {
      ...(row as TotalFigures),
      conversions: conversions.map(formattedConversion),
    };
  }

  /** The same figures per product, product line or account, from the order lines (converted per line). */
  async breakdown(
    manager: EntityManager,
    subject: AttainmentSubject,
    currency: string,
    period: Pick<Period, 'startsAt' | 'endsBefore'>,
    by: Breakdown,
  ): Promise<KeyedFigures[]> {
    const key = groupColumn[by];
    return manager.query(
      `WITH ${convertedOrdersSql(subjectColumn(subject))}
       SELECT ${key} AS key,
              COALESCE(SUM(${converted('l.net_amount')}) FILTER (WHERE o.is_booked), 0)::text AS booked,
              COALESCE(SUM(${converted('l.net_amount')} - ${convertedCost('l.cost_amount')})
                FILTER (WHERE o.is_booked), 0)::text AS "bookedMargin",
              COALESCE(SUM(${converted('l.net_amount')}) FILTER (WHERE o.is_invoiced), 0)::text AS invoiced
       FROM rated o JOIN attainment_order_line l ON l.order_id = o.order_id
       WHERE o.convertible
       GROUP BY ${key}
       ORDER BY ${key}`,
      [subjectValue(subject), currency, period.startsAt, period.endsBefore],
    );
  }
}

function subjectColumn(subject: AttainmentSubject): string {
  return 'creditedTo' in subject ? 'o.credited_to' : 'o.account_id';
}

function subjectValue(subject: AttainmentSubject): string {
  return 'creditedTo' in subject ? subject.creditedTo : subject.accountId;
}
