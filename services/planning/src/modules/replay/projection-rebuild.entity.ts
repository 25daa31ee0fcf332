import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One run of the projection replay. While a run is RUNNING the projections
 * are incomplete, and the shortfall check waits rather than alert on them.
 */
@Entity({ name: 'projection_rebuild' })
export class ProjectionRebuild {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'started_at', type: 'timestamptz' })
  startedAt: Date;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  @Column({ type: 'text' })
  status: 'RUNNING' | 'DONE' | 'FAILED';

  /** Per broker topic, the offset per partition the run read up to (exclusive). */
  @Column({ name: 'end_offsets', type: 'jsonb' })
  endOffsets: Record<string, Record<string, string>>;

  @Column({ name: 'events_replayed', type: 'int', default: 0 })
  eventsReplayed: number;

  @Column({ type: 'text', nullable: true })
  error: string | null;
}
