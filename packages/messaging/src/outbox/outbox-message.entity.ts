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

  /** Publication order; the relay publishes strictly by it. */
  @Column({ type: 'bigint', generated: 'increment', unique: true })
  position: string;

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

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;
}
