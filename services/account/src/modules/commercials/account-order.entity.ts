import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One order as the order service last described it (its OrderSnapshot), kept
 * only to compute revenue, margin and order recency per account. `revision`
 * orders the snapshots: an older one never overwrites a newer one.
 */
@Entity({ name: 'account_order' })
@Index('ix_account_order_account', ['accountId', 'orderDate'])
export class AccountOrder {
  @PrimaryColumn({ name: 'order_id', type: 'uuid' })
  orderId: string;

  /** No foreign key: order events may arrive before the account exists here. */
  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @Column({ name: 'order_number', type: 'text' })
  orderNumber: string;

  @Column({ type: 'text' })
  status: string;

  @Column({ type: 'int' })
  revision: number;

  @Column({ type: 'text' })
  currency: string;

  @Column({ name: 'total_net', type: 'numeric', precision: 21, scale: 6 })
  totalNet: string;

  @Column({ name: 'total_cost', type: 'numeric', precision: 21, scale: 6 })
  totalCost: string;

  @Column({ type: 'numeric', precision: 21, scale: 6 })
  margin: string;

  /** When the customer ordered: the snapshot's placedAt, else the time of the first event seen. */
  @Column({ name: 'order_date', type: 'timestamptz' })
  orderDate: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
