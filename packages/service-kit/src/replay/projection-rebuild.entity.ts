import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One run of a projection replay. While a run is RUNNING the projections it
 * names are incomplete: checks that read them (planning's shortfall monitor)
 * wait, and a second replay refuses to start.
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

  /** The projections rebuilt (their names in the service's definition). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  projections: string[];

  /** Per broker topic, the offset per partition the run read up to (exclusive). */
  @Column({ name: 'end_offsets', type: 'jsonb' })
  endOffsets: Record<string, Record<string, string>>;

  @Column({ name: 'events_replayed', type: 'int', default: 0 })
  eventsReplayed: number;

  @Column({ type: 'text', nullable: true })
  error: string | null;
}
