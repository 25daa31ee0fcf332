import type { OrderSnapshot } from '@salesgraph/events';
import type { EntityManager } from 'typeorm';

/** Event times an order event contributes; each is a candidate, the earliest wins. */
export interface OrderDates {
  bookedAt?: string;
  invoicedAt?: string;
}

/**
 * Writes the order projection so that the result does not depend on how
 * often or in which order events arrive: the state (status, lines, amounts)
 * is the snapshot with the highest revision, and each date is the earliest
 * one any event reported. Applying the same events again, or in another
 * order, gives the same rows - which is what makes a replay exact.
 */
export class OrderFactStore {
  async apply(manager: EntityManager, order: OrderSnapshot, dates: OrderDates): Promise<void> {
    const updated: unknown[] = await manager.query(
      `INSERT INTO attainment_order
         (order_id, revision, account_id, credited_to, status, currency, total_net, total_cost)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (order_id) DO UPDATE SET
         revision = EXCLUDED.revision, account_id = EXCLUDED.account_id,
         credited_to = EXCLUDED.credited_to, status = EXCLUDED.status,
         currency = EXCLUDED.currency, total_net = EXCLUDED.total_net, total_cost = EXCLUDED.total_cost
       WHERE attainment_order.revision < EXCLUDED.revision
       RETURNING order_id`,
      [
        order.orderId,
        order.revision,
        order.accountId,
        order.creditedTo,
        order.status,
        order.currency,
        order.totalNet,
        order.totalCost,
      ],
    );
    if (updated.length > 0) await this.replaceLines(manager, order);
    if (dates.bookedAt || dates.invoicedAt) {
      // LEAST ignores NULLs: the first date known is kept until an earlier one arrives.
      await manager.query(
        `UPDATE attainment_order
         SET booked_at = LEAST(booked_at, $2::timestamptz), invoiced_at = LEAST(invoiced_at, $3::timestamptz)
         WHERE order_id = $1`,
        [order.orderId, dates.bookedAt ?? null, dates.invoicedAt ?? null],
      );
    }
  }

  private async replaceLines(manager: EntityManager, order: OrderSnapshot): Promise<void> {
    await manager.query('DELETE FROM attainment_order_line WHERE order_id = $1', [order.orderId]);
    if (order.lines.length === 0) return;
    const values: unknown[] = [];
    const rows = order.lines.map((line, index) => {
      values.push(
        order.orderId,
        index,
        line.productId,
        line.productLine,
        line.netAmount,
        line.costAmount,
      );
      const p = index * 6;
      return `($${p + 1}, $${p + 2}, $${p + 3}, $${p + 4}, $${p + 5}, $${p + 6})`;
    });
    await manager.query(
      `INSERT INTO attainment_order_line (order_id, line_no, product_id, product_line, net_amount, cost_amount)
       VALUES ${rows.join(', ')}`,
      values,
    );
  }
}
