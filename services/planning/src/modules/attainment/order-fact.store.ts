import type { OrderSnapshot } from '@salesgraph/events';
import type { EntityManager } from 'typeorm';

/**
 * Writes the order projection so that the result does not depend on how
 * often or in which order events arrive: the row is the snapshot with the
 * highest revision, whole (status, amounts, lines, and the order service's
 * booking decision: `bookedAt`, `invoicedAt`, `countsAsBooked`). Applying the
 * same events again, or in another order, gives the same rows - which is
 * what makes a replay exact.
 */
export class OrderFactStore {
  async apply(manager: EntityManager, order: OrderSnapshot): Promise<void> {
    const updated: unknown[] = await manager.query(
      `INSERT INTO attainment_order
         (order_id, revision, account_id, credited_to, status, currency, total_net, total_cost,
          booked_at, invoiced_at, counts_as_booked, cost_currency)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
       ON CONFLICT (order_id) DO UPDATE SET
         revision = EXCLUDED.revision, account_id = EXCLUDED.account_id,
         credited_to = EXCLUDED.credited_to, status = EXCLUDED.status,
         currency = EXCLUDED.currency, total_net = EXCLUDED.total_net, total_cost = EXCLUDED.total_cost,
         booked_at = EXCLUDED.booked_at, invoiced_at = EXCLUDED.invoiced_at,
         counts_as_booked = EXCLUDED.counts_as_booked, cost_currency = EXCLUDED.cost_currency
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
        order.bookedAt ?? null,
        order.invoicedAt ?? null,
        order.countsAsBooked,
        // Present only when no rate converted the costs into the order's currency.
        order.costCurrency ?? null,
      ],
    );
    if (updated.length > 0) await this.replaceLines(manager, order);
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
