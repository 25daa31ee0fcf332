import { Directive, Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { LeadStatus } from './lead-status';

/** A sales lead: someone at a company who may buy, owned by one rep at a time. */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A sales lead in the new-business pipeline.' })
@Entity({ name: 'lead' })
@Index('ix_lead_owner', ['ownerId'])
export class Lead {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id: string;

  @Field()
  @Column({ type: 'text' })
  company: string;

  @Field()
  @Column({ name: 'contact_name', type: 'text' })
  contactName: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Field(() => LeadStatus)
  @Column({ type: 'text' })
  status: LeadStatus;

  @Field(() => ID, {
    nullable: true,
    description: 'The rep who owns the lead; null while it waits in the unassigned queue.',
  })
  @Column({ name: 'owner_id', type: 'text', nullable: true })
  ownerId: string | null;

  @Field()
  @Column({ type: 'text' })
  source: string;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
