import { Column, Entity, OneToMany, PrimaryColumn } from 'typeorm';
import { AttainmentOrderLine } from './attainment-order-line.entity';
import { moneyColumn } from '@salesgraph/service-kit';

/**
 * One order as the latest order event described it (projection of
 * order.events.v1). `bookedAt`, `invoicedAt` and `countsAsBooked` are the
 * order service's decision, carried in its snapshot: they date the order into
 * attainment periods, and planning computes nothing of its own.
 */
@Entity()
export class AttainmentOrder {
  @PrimaryColumn({ type: 'uuid' })
  orderId: string;

  /** The snapshot's revision: an older snapshot never overwrites a newer one. */
  @Column({ type: 'int' })
  revision: number;

  @Column({ type: 'uuid' })
  accountId: string;

  @Column({ type: 'text' })
  creditedTo: string;

  @Column({ type: 'text' })
  status: string;

  @Column({ type: 'char', length: 3 })
  currency: string;

  @Column({ type: 'numeric', precision: 21, scale: 6, transformer: moneyColumn })
  totalNet: string;

  @Column({
    type: 'numeric',
    precision: 21,
    scale: 6,
    transformer: moneyColumn,
  })
  totalCost: string;

  /** The currency of totalCost and the lines' costs when not `currency` (no rate converted them). */
  @Column({ type: 'char', length: 3, nullable: true })
  costCurrency: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  bookedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  invoicedAt: Date | null;

  /** Confirmed, fulfilled or invoiced now (false again once cancelled). */
  @Column({ type: 'boolean' })
  countsAsBooked: boolean;

  @OneToMany(() => AttainmentOrderLine, (line) => line.order)
  lines?: AttainmentOrderLine[];
}
