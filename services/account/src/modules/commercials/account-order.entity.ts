import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One order as the order service last described it (its OrderSnapshot), kept
 * only to compute revenue, margin and order recency per account. `revision`
 * orders the snapshots: an older one never overwrites a newer one.
 */
@Entity()
@Index('ix_account_order_account', ['accountId', 'orderDate'])
@Index('ix_account_order_booked', ['accountId', 'bookedAt'])
export class AccountOrder {
  @PrimaryColumn('uuid')
  orderId: string;

  /** No foreign key: order events may arrive before the account exists here. */
  @Column({ type: 'uuid' })
  accountId: string;

  @Column({ type: 'text' })
  orderNumber: string;

  @Column({ type: 'text' })
  status: string;

  @Column({ type: 'int' })
  revision: number;

  @Column({ type: 'text' })
  currency: string;

  @Column({ type: 'numeric', precision: 21, scale: 6 })
  totalNet: string;

  @Column({ type: 'numeric', precision: 21, scale: 6 })
  totalCost: string;

  @Column({ type: 'numeric', precision: 21, scale: 6 })
  margin: string;

  /** When the customer ordered: the snapshot's placedAt, else the time of the first event seen. */
  @Column({ type: 'timestamptz' })
  orderDate: Date;

  /** The order service's decision: when the order was booked (confirmed); null before. */
  @Column({ type: 'timestamptz', nullable: true })
  bookedAt: Date | null;

  /** The order service's decision: whether the order counts as booked business now. */
  @Column({ type: 'boolean' })
  countsAsBooked: boolean;

  /** When the order service reported this snapshot (its event's time). */
  @Column({ type: 'timestamptz' })
  updatedAt: Date;
}
