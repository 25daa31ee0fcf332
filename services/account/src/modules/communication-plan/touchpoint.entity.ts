import { TrackedEntity } from '@salesgraph/service-kit';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { TouchpointCadence, TouchpointChannel, TouchpointStatus } from './touchpoint-enums';

/** A planned, usually recurring contact with a decision maker: the communication plan with marketing. */
@ObjectType('CommunicationTouchpoint', {
  description: 'A planned touchpoint with a decision maker of a customer.',
})
@Entity()
@Index('ix_touchpoint_account', ['accountId'])
@Index('ix_touchpoint_due', ['status', 'nextDate'])
export class Touchpoint extends TrackedEntity {
  @Field(() => ID)
  @Column({ type: 'uuid' })
  accountId: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
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
  @Column({ type: 'date' })
  nextDate: string;

  @Field(() => ID, {
    description: 'Who carries it out: the account manager or someone in marketing.',
  })
  @Column({ type: 'text' })
  ownerId: string;

  @Field(() => TouchpointStatus)
  @Column({ type: 'text' })
  status: TouchpointStatus;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  lastDoneAt: Date | null;

  @Field(() => ID)
  @Column({ type: 'text' })
  plannedBy: string;
}
