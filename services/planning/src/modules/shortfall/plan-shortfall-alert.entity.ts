import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One shortfall alert for one product of one plan in one detection window (a calendar month). */
@Entity({ name: 'plan_shortfall_alert' })
export class PlanShortfallAlert {
  @PrimaryColumn({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @PrimaryColumn({ name: 'product_id', type: 'uuid' })
  productId: string;

  @PrimaryColumn({ name: 'window_start', type: 'date' })
  windowStart: string;

  @Column({ name: 'action_id', type: 'uuid' })
  actionId: string;

  @Column({ name: 'detected_at', type: 'timestamptz' })
  detectedAt: Date;
}
