import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One event written in the same transaction as the state change it reports
 * (Debezium's outbox shape). Rows are kept after they are published: they are
 * the service's audit history of who changed what and when.
 */
@Entity({ name: 'outbox_message' })
@Index('ix_outbox_message_aggregate', ['aggregateType', 'aggregateId', 'position'])
export class OutboxMessage {
  /** The event id (envelope `id`). */
  @PrimaryColumn('uuid')
  id: string;

  /**
   * Publication order; the relay publishes strictly by it. Final only once the
   * row is committed: per aggregate it is commit order, drawn under a lock on
   * the aggregate (at INSERT when it is free, else again at commit; see the
   * migration OutboxPositionAtInsert).
   */
  @Column({ type: 'bigint', generated: 'increment', unique: true })
  position: string;

  /**
   * Whether the inserting transaction held its aggregate's lock when it drew `position`. (The
   * table's `txid` column, the inserting transaction, is left out: TypeORM has no xid8 type.)
   */
  @Column({
    name: 'position_final',
    type: 'boolean',
    default: false,
    select: false,
    insert: false,
    update: false,
  })
  positionFinal: boolean;

  @Column({ name: 'aggregate_type', type: 'text' })
  aggregateType: string;

  @Column({ name: 'aggregate_id', type: 'text' })
  aggregateId: string;

  @Column({ name: 'event_type', type: 'text' })
  eventType: string;

  /** Contract topic name, resolved against the namespace when published. */
  @Column({ type: 'text' })
  topic: string;

  /** The whole CloudEvents envelope. */
  @Column({ type: 'jsonb' })
  payload: Record<string, unknown>;

  @Column({ name: 'actor_id', type: 'text', nullable: true })
  actorId: string | null;

  @Column({ name: 'correlation_id', type: 'text' })
  correlationId: string;

  @CreateDateColumn({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  /**
   * When the relay published the row, for rows published before OutboxPendingQueue (and rows
   * inserted as published). Since then a row is published once it has left `outbox_pending`
   * without being discarded: marking each row cost a new version of it in every index.
   */
  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  /** The broker's last refusal (or the last failure) when publishing this row. */
  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  /** Set when the broker refused the row too often: it waits for an admin, and its aggregate with it. */
  @Column({ name: 'parked_at', type: 'timestamptz', nullable: true })
  parkedAt: Date | null;

  /** Set when an admin discarded a parked row: never published, no longer blocking. */
  @Column({ name: 'discarded_at', type: 'timestamptz', nullable: true })
  discardedAt: Date | null;

  @Column({ name: 'discarded_by', type: 'text', nullable: true })
  discardedBy: string | null;

  /** The admin who last sent a parked row back to the relay. */
  @Column({ name: 'retried_by', type: 'text', nullable: true })
  retriedBy: string | null;
}
