import { Exact, Stored, toCents } from '@salesgraph/service-kit';
import { ObjectType } from 'type-graphql';
import { Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { precisionAsMigrated } from '../order/order-money-columns';
import { CommitmentMeasure } from './contract-status';
import { SupplyContract } from './supply-contract.entity';

/**
 * The negotiated price of one product and what the customer committed to
 * take: a quantity or a value, never both. Consumption counts placed and
 * later call-offs (a cancelled call-off gives its consumption back).
 */
@ObjectType({ description: 'A product of a supply contract: price, commitment and consumption.' })
@Entity()
export class ContractCommitment {
  @PrimaryColumn({ type: 'uuid' })
  contractId: string;

  // The join column is contract_id, the column of contractId above.
  @ManyToOne(() => SupplyContract, (contract) => contract.commitments, { onDelete: 'CASCADE' })
  @JoinColumn()
  // Relation<> keeps the circular import out of the emitted decorator metadata.
  contract?: Relation<SupplyContract>;

  @Stored.id({ column: { primary: true } })
  productId: string;

  @Stored.money({
    description: 'Negotiated unit price; call-offs use it.',
    column: precisionAsMigrated,
  })
  price: string;

  @Stored.decimal(0, { nullable: true })
  committedQuantity: string | null;

  @Stored.money({ nullable: true, column: precisionAsMigrated })
  committedValue: string | null;

  @Stored.decimal(0, { description: 'Units called off so far.' })
  consumedQuantity: string;

  @Stored.money({ description: 'Net value called off so far.', column: precisionAsMigrated })
  consumedValue: string;

  get measure(): CommitmentMeasure {
    return this.committedQuantity != null ? CommitmentMeasure.QUANTITY : CommitmentMeasure.VALUE;
  }

  /** The committed amount in the commitment's measure. */
  get committed(): string {
    return (this.committedQuantity ?? this.committedValue) as string;
  }

  /** What has been consumed, in the commitment's measure. */
  get consumed(): string {
    return this.measure === CommitmentMeasure.QUANTITY ? this.consumedQuantity : this.consumedValue;
  }

  /** Left to call off, in the commitment's measure (negative after an overrun). */
  get remaining(): string {
    return new Exact(this.committed).minus(this.consumed).toFixed();
  }

  /** consumed / committed x 100, rounded half-up to 2 places. */
  get consumedPercent(): string {
    return toCents(new Exact(this.consumed).dividedBy(this.committed).times(100));
  }
}
