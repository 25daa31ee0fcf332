import { DecimalScalar, moneyColumn } from '@salesgraph/service-kit';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ProductRef } from '../product/product-ref.type';
import type { RevenueTarget } from './revenue-target.entity';

/** The part of a target that one product line, or one product, should bring in. */
@ObjectType({ description: 'Part of a revenue target, for one product line or one product.' })
@Entity()
export class RevenueTargetSplit {
  @PrimaryColumn({ type: 'uuid' })
  targetId: string;

  @PrimaryColumn({ type: 'int' })
  position: number;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  productLine: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  productId: string | null;

  @Field(() => DecimalScalar)
  @Column({ type: 'numeric', precision: 21, scale: 6, transformer: moneyColumn })
  amount: string;

  @ManyToOne('RevenueTarget', 'splits', { onDelete: 'CASCADE' })
  @JoinColumn()
  target?: RevenueTarget;

  @Field(() => ProductRef, { nullable: true, description: 'The product, for a per-product split.' })
  get product(): ProductRef | null {
    return this.productId ? { id: this.productId } : null;
  }
}
