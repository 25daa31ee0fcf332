import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * The ids of events a consumer has handled, written in the same transaction
 * as the handler's effect: a redelivered event finds its row and has no
 * second effect.
 */
@Entity({ name: 'inbox_message' })
export class InboxMessage {
  /** The consumer (Kafka group id): one event may matter to several consumers of a service. */
  @PrimaryColumn({ type: 'text' })
  consumer: string;

  @PrimaryColumn({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @Column({ name: 'event_type', type: 'text' })
  eventType: string;

  @Column({ type: 'text' })
  topic: string;

  @Column({ type: 'int' })
  partition: number;

  @Column({ type: 'bigint' })
  offset: string;

  @CreateDateColumn({ name: 'processed_at', type: 'timestamptz' })
  processedAt: Date;
}
