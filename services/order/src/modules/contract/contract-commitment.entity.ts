import { DecimalScalar } from '@salesgraph/service-kit';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { decimalColumn } from '../../shared/decimal';
import { CommitmentMeasure } from './contract-status';
import { SupplyContract } from './supply-contract.entity';

/**
 * The negotiated price of one product and what the customer committed to
 * take: a quantity or a value, never both. Consumption counts placed and
 * later call-offs (a cancelled call-off gives its consumption back).
 */
@ObjectType({ description: 'A product of a supply contract: price, commitment and consumption.' })
@Entity({ name: 'contract_commitment' })
export class ContractCommitment {
  @PrimaryColumn({ name: 'contract_id', type: 'uuid' })
  contractId: string;

  @ManyToOne(() => SupplyContract, (contract) => contract.commitments, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contract_id' })
  // Relation<> keeps the circular import out of the emitted decorator metadata.
  contract?: Relation<SupplyContract>;

  @Field(() => ID)
  @PrimaryColumn({ name: 'product_id', type: 'uuid' })
  productId: string;

  @Field(() => DecimalScalar, { description: 'Negotiated unit price; call-offs use it.' })
  @Column({ type: 'numeric', transformer: decimalColumn(2) })
  price: string;

  @Field(() => DecimalScalar, { nullable: true })
  @Column({
    name: 'committed_quantity',
    type: 'numeric',
    nullable: true,
    transformer: decimalColumn(0),
  })
  committedQuantity: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  @Column({
    name: 'committed_value',
    type: 'numeric',
    nullable: true,
    transformer: decimalColumn(2),
  })
  committedValue: string | null;

  @Field(() => DecimalScalar, { description: 'Units called off so far.' })
  @Column({ name: 'consumed_quantity', type: 'numeric', transformer: decimalColumn(0) })
  consumedQuantity: string;

  @Field(() => DecimalScalar, { description: 'Net value called off so far.' })
  @Column({ name: 'consumed_value', type: 'numeric', transformer: decimalColumn(2) })
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
}
