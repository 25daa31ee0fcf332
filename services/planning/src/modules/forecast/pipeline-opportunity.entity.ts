import { Column, Entity, PrimaryColumn } from 'typeorm';
import { moneyColumn } from '@salesgraph/service-kit';

/** One opportunity as the latest opportunity event described it (projection of lead.events.v1). */
@Entity()
export class PipelineOpportunity {
  @PrimaryColumn({ type: 'uuid' })
  opportunityId: string;

  @Column({ type: 'text' })
  ownerId: string;

  @Column({ type: 'uuid', nullable: true })
  accountId: string | null;

  @Column({ type: 'text' })
  stage: string;

  @Column({ type: 'numeric', precision: 21, scale: 6, transformer: moneyColumn })
  amount: string;

  @Column({ type: 'char', length: 3 })
  currency: string;

  /** Percent, 0 to 100. */
  @Column({ type: 'int' })
  probability: number;

  @Column({ type: 'date', nullable: true })
  expectedCloseDate: string | null;

  /** The snapshot's revision when the lead service sends one; otherwise the event time orders. */
  @Column({ type: 'int', nullable: true })
  revision: number | null;

  @Column({ type: 'timestamptz' })
  changedAt: Date;
}
