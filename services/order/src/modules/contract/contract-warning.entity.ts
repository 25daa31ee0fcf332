import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A warning the contract watch has raised. The primary key makes "once per
 * contract (and product) per window" a database guarantee, even when two
 * instances of the service run the watch at the same moment.
 */
@Entity()
export class ContractWarning {
  @PrimaryColumn({ type: 'uuid' })
  contractId: string;

  @PrimaryColumn({ type: 'text' })
  kind: 'EXPIRING' | 'UNDERRUN';

  /** The product id for underrun warnings; empty for warnings about the whole contract. */
  @PrimaryColumn({ type: 'text' })
  productKey: string;

  /** Which window the warning belongs to, e.g. the end date or the index of a 30-day window. */
  @PrimaryColumn({ type: 'text' })
  windowKey: string;

  @Column({ type: 'timestamptz' })
  detectedAt: Date;
}
