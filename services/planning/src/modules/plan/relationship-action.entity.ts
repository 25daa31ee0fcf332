import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { ProductRef } from '../product/product-ref.type';
import { RelationshipActionOrigin, RelationshipActionStatus } from './relationship-action-status';

/** Something someone will do to strengthen the relationship with a key account. */
@ObjectType({ description: 'An action of an account plan: who does what by when.' })
@Entity({ name: 'relationship_action' })
@Index('ix_relationship_action_plan', ['planId'])
export class RelationshipAction {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @Field()
  @Column({ type: 'text' })
  description: string;

  @Field(() => ID)
  @Column({ name: 'owner_id', type: 'text' })
  ownerId: string;

  @Field({ description: 'YYYY-MM-DD' })
  @Column({ name: 'due_date', type: 'date' })
  dueDate: string;

  @Field(() => RelationshipActionStatus)
  @Column({ type: 'text' })
  status: RelationshipActionStatus;

  @Field(() => RelationshipActionOrigin)
  @Column({ type: 'text' })
  origin: RelationshipActionOrigin;

  @Field(() => ID, { nullable: true, description: 'The product a shortfall action is about.' })
  @Column({ name: 'product_id', type: 'uuid', nullable: true })
  productId: string | null;

  @Field(() => ID)
  @Column({ name: 'created_by', type: 'text' })
  createdBy: string;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Field(() => ProductRef, { nullable: true })
  get product(): ProductRef | null {
    return this.productId ? { id: this.productId } : null;
  }
}
