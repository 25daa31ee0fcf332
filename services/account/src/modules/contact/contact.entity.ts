import { Directive, Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { BuyingRole } from './buying-role';

/** A person at a customer, with their part in buying decisions and how well we know them. */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A person at a customer account.' })
@Entity({ name: 'contact' })
@Index('ix_contact_account', ['accountId'])
export class Contact {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @Field()
  @Column({ type: 'text' })
  name: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  title: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Field(() => BuyingRole)
  @Column({ name: 'buying_role', type: 'text' })
  buyingRole: BuyingRole;

  @Field(() => Int, { description: 'Influence on supplier choice, 1 (little) to 5 (decisive).' })
  @Column({ type: 'smallint' })
  influence: number;

  @Field(() => Int, { description: 'How strong our relationship is, 1 (none) to 5 (trusted).' })
  @Column({ name: 'relationship_strength', type: 'smallint' })
  relationshipStrength: number;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ name: 'last_interaction_at', type: 'timestamptz', nullable: true })
  lastInteractionAt: Date | null;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
