import { Stored } from '@salesgraph/service-kit';
import { Field, ObjectType } from 'type-graphql';
import { Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
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

  @Stored.text({ nullable: true })
  productLine: string | null;

  @Stored.id({ nullable: true })
  productId: string | null;

  @Stored.money()
  amount: string;

  @ManyToOne('RevenueTarget', 'splits', { onDelete: 'CASCADE' })
  @JoinColumn()
  target?: RevenueTarget;

  @Field(() => ProductRef, { nullable: true, description: 'The product, for a per-product split.' })
  get product(): ProductRef | null {
    return this.productId ? { id: this.productId } : null;
  }
}
