import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One run of the projection replay. While a run is RUNNING the projections
 * are incomplete, and the shortfall check waits rather than alert on them.
 */
@Entity()
export class ProjectionRebuild {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'timestamptz' })
  startedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  @Column({ type: 'text' })
  status: 'RUNNING' | 'DONE' | 'FAILED';

  /** Per broker topic, the offset per partition the run read up to (exclusive). */
  @Column({ type: 'jsonb' })
  endOffsets: Record<string, Record<string, string>>;

  @Column({ type: 'int', default: 0 })
  eventsReplayed: number;

  @Column({ type: 'text', nullable: true })
  error: string | null;
}
