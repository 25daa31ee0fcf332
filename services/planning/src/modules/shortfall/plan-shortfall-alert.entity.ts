import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One shortfall alert for one product of one plan in one detection window (a calendar month). */
@Entity()
export class PlanShortfallAlert {
  @PrimaryColumn({ type: 'uuid' })
  planId: string;

  @PrimaryColumn({ type: 'uuid' })
  productId: string;

  @PrimaryColumn({ type: 'date' })
  windowStart: string;

  @Column({ type: 'uuid' })
  actionId: string;

  @Column({ type: 'timestamptz' })
  detectedAt: Date;
}
