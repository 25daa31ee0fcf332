import type { EntityManager } from 'typeorm';
import { type Period } from '@salesgraph/service-kit';

/** Whose orders: those credited to a seller, or those of an account. */
export type AttainmentSubject = { creditedTo: string } | { accountId: string };

export interface Figures {
  booked: string;
  bookedMargin: string;
  invoiced: string;
}

export interface KeyedFigures extends Figures {
  key: string;
}

export type Breakdown = 'product' | 'productLine' | 'account';

const groupColumn: Record<Breakdown, string> = {
  product: 'l.product_id::text',
  productLine: 'l.product_line',
  account: 'o.account_id::text',
};

// Booked: as the order service decides it (counts as booked now), dated by its booking date.
const booked = `o.counts_as_booked AND o.booked_at >= $3 AND o.booked_at < $4`;
// Invoiced: dated by the invoice.
const invoiced = `o.status = 'INVOICED' AND o.invoiced_at >= $3 AND o.invoiced_at < $4`;

/**
 * Sums the order projection for a subject, a currency and a period, in SQL
 * numeric: exact, whatever the number of orders.
 */
export class AttainmentFigures {
  async totals(
    manager: EntityManager,
    subject: AttainmentSubject,
    currency: string,
    period: Pick<Period, 'startsAt' | 'endsBefore'>,
  ): Promise<Figures> {
    const [row] = await manager.query(
      `SELECT COALESCE(SUM(o.total_net) FILTER (WHERE ${booked}), 0)::text AS booked,
              COALESCE(SUM(o.total_net - o.total_cost) FILTER (WHERE ${booked}), 0)::text AS "bookedMargin",
              COALESCE(SUM(o.total_net) FILTER (WHERE ${invoiced}), 0)::text AS invoiced
       FROM attainment_order o
       WHERE ${subjectColumn(subject)} = $1 AND o.currency = $2`,
      [subjectValue(subject), currency, period.startsAt, period.endsBefore],
    );
    return row as Figures;
  }

  /** The same figures per product, product line or account, from the order lines. */
  async breakdown(
    manager: EntityManager,
    subject: AttainmentSubject,
    currency: string,
    period: Pick<Period, 'startsAt' | 'endsBefore'>,
    by: Breakdown,
  ): Promise<KeyedFigures[]> {
    const key = groupColumn[by];
    return manager.query(
      `SELECT ${key} AS key,
              COALESCE(SUM(l.net_amount) FILTER (WHERE ${booked}), 0)::text AS booked,
              COALESCE(SUM(l.net_amount - l.cost_amount) FILTER (WHERE ${booked}), 0)::text AS "bookedMargin",
              COALESCE(SUM(l.net_amount) FILTER (WHERE ${invoiced}), 0)::text AS invoiced
       FROM attainment_order o JOIN attainment_order_line l ON l.order_id = o.order_id
       WHERE ${subjectColumn(subject)} = $1 AND o.currency = $2 AND ((${booked}) OR (${invoiced}))
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
