import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { TouchpointCadence, TouchpointChannel, TouchpointStatus } from './touchpoint-enums';

/** A planned, usually recurring contact with a decision maker: the communication plan with marketing. */
@ObjectType('CommunicationTouchpoint', {
  description: 'A planned touchpoint with a decision maker of a customer.',
})
@Entity({ name: 'touchpoint' })
@Index('ix_touchpoint_account', ['accountId'])
@Index('ix_touchpoint_due', ['status', 'nextDate'])
export class Touchpoint {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @Field(() => ID)
  @Column({ name: 'contact_id', type: 'uuid' })
  contactId: string;

  @Field(() => TouchpointChannel)
  @Column({ type: 'text' })
  channel: TouchpointChannel;

  @Field(() => TouchpointCadence)
  @Column({ type: 'text' })
  cadence: TouchpointCadence;

  @Field({ description: 'What the touchpoint is for, e.g. "Quarterly business review".' })
  @Column({ type: 'text' })
  purpose: string;

  @Field(() => GraphQLLocalDate, { description: 'When it is due next (YYYY-MM-DD).' })
  @Column({ name: 'next_date', type: 'date' })
  nextDate: string;

  @Field(() => ID, {
    description: 'Who carries it out: the account manager or someone in marketing.',
  })
  @Column({ name: 'owner_id', type: 'text' })
  ownerId: string;

  @Field(() => TouchpointStatus)
  @Column({ type: 'text' })
  status: TouchpointStatus;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ name: 'last_done_at', type: 'timestamptz', nullable: true })
  lastDoneAt: Date | null;

  @Field(() => ID)
  @Column({ name: 'planned_by', type: 'text' })
  plannedBy: string;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
