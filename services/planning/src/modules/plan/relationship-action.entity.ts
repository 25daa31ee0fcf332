import { Stored } from '@salesgraph/service-kit';
import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { ProductRef } from '../product/product-ref.type';
import { RelationshipActionOrigin, RelationshipActionStatus } from './relationship-action-status';

/** Something someone will do to strengthen the relationship with a key account. */
@ObjectType({ description: 'An action of an account plan: who does what by when.' })
@Entity()
@Index('ix_relationship_action_plan', ['planId'])
export class RelationshipAction {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id: string;

  @Stored.id()
  planId: string;

  @Stored.text()
  description: string;

  @Stored.userId()
  ownerId: string;

  @Field({ description: 'YYYY-MM-DD' })
  @Column({ type: 'date' })
  dueDate: string;

  @Stored.enum(RelationshipActionStatus)
  status: RelationshipActionStatus;

  @Stored.enum(RelationshipActionOrigin)
  origin: RelationshipActionOrigin;

  @Stored.id({ nullable: true, description: 'The product a shortfall action is about.' })
  productId: string | null;

  @Stored.userId()
  createdBy: string;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @Field(() => ProductRef, { nullable: true })
  get product(): ProductRef | null {
    return this.productId ? { id: this.productId } : null;
  }
}
