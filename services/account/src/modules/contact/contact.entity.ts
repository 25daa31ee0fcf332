import { Stored, TrackedEntity } from '@salesgraph/service-kit';
import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { BuyingRole } from './buying-role';

/** A person at a customer, with their part in buying decisions and how well we know them. */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A person at a customer account.' })
@Entity()
@Index('ix_contact_account', ['accountId'])
export class Contact extends TrackedEntity {
  @Stored.id()
  accountId: string;

  @Stored.text()
  name: string;

  @Stored.text({ nullable: true })
  title: string | null;

  @Stored.text({ nullable: true })
  email: string | null;

  @Stored.text({ nullable: true })
  phone: string | null;

  @Stored.enum(BuyingRole)
  buyingRole: BuyingRole;

  // smallint columns: Stored.int is an int column
  @Field(() => Int, { description: 'Influence on supplier choice, 1 (little) to 5 (decisive).' })
  @Column({ type: 'smallint' })
  influence: number;

  @Field(() => Int, { description: 'How strong our relationship is, 1 (none) to 5 (trusted).' })
  @Column({ type: 'smallint' })
  relationshipStrength: number;

  @Stored.dateTime({ nullable: true })
  lastInteractionAt: Date | null;

  @Stored.boolean({
    description: 'false once the person left the customer: they cover no buying role any more.',
    column: { default: true },
  })
  active: boolean;

  @Stored.dateTime({ nullable: true, description: 'When the person left the customer.' })
  leftAt: Date | null;

  @Stored.text({ nullable: true, description: 'Where they went, who took over: for the history.' })
  leftNote: string | null;
}

/** What a new contact is made of; the timestamps and version are the database's. */
export type NewContact = Omit<
  Contact,
  'createdAt' | 'updatedAt' | 'version' | 'active' | 'leftAt' | 'leftNote'
>;
