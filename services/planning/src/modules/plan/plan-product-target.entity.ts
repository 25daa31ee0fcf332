import { Sensitive, Stored } from '@salesgraph/service-kit';
import { Field, ID, ObjectType } from 'type-graphql';
import { Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ProductRef } from '../product/product-ref.type';
import type { AccountPlan } from './account-plan.entity';

/** What the account should buy of one product in the plan year, and the margin it should leave. */
@ObjectType({ description: 'A revenue and margin target for one product in an account plan.' })
@Entity()
export class PlanProductTarget {
  @PrimaryColumn({ type: 'uuid' })
  planId: string;

  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  productId: string;

  @Stored.money({ description: 'Net revenue for the year, in the plan currency.' })
  revenue: string;

  @Sensitive('COST_AND_MARGIN')
  @Stored.money({ description: 'Margin (revenue minus cost) for the year.' })
  margin: string;

  @ManyToOne('AccountPlan', 'productTargets', { onDelete: 'CASCADE' })
  @JoinColumn()
  plan?: AccountPlan;

  @Field(() => ProductRef)
  get product(): ProductRef {
    return { id: this.productId };
  }
}
