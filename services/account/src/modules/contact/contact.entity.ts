import { TrackedEntity } from '@salesgraph/service-kit';
import { Directive, Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { BuyingRole } from './buying-role';

/** A person at a customer, with their part in buying decisions and how well we know them. */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A person at a customer account.' })
@Entity()
@Index('ix_contact_account', ['accountId'])
export class Contact extends TrackedEntity {
  @Field(() => ID)
  @Column({ type: 'uuid' })
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
  @Column({ type: 'text' })
  buyingRole: BuyingRole;

  @Field(() => Int, { description: 'Influence on supplier choice, 1 (little) to 5 (decisive).' })
  @Column({ type: 'smallint' })
  influence: number;

  @Field(() => Int, { description: 'How strong our relationship is, 1 (none) to 5 (trusted).' })
  @Column({ type: 'smallint' })
  relationshipStrength: number;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  lastInteractionAt: Date | null;
}

/** What a new contact is made of; the timestamps and version are the database's. */
export type NewContact = Omit<Contact, 'createdAt' | 'updatedAt' | 'version'>;
