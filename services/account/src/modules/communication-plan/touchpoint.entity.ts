import { Stored, TrackedEntity } from '@salesgraph/service-kit';
import { ObjectType } from 'type-graphql';
import { Entity, Index } from 'typeorm';
import { TouchpointCadence, TouchpointChannel, TouchpointStatus } from './touchpoint-enums';

/** A planned, usually recurring contact with a decision maker: the communication plan with marketing. */
@ObjectType('CommunicationTouchpoint', {
  description: 'A planned touchpoint with a decision maker of a customer.',
})
@Entity()
@Index('ix_touchpoint_account', ['accountId'])
@Index('ix_touchpoint_due', ['status', 'nextDate'])
export class Touchpoint extends TrackedEntity {
  @Stored.id()
  accountId: string;

  @Stored.id()
  contactId: string;

  @Stored.enum(TouchpointChannel)
  channel: TouchpointChannel;

  @Stored.enum(TouchpointCadence)
  cadence: TouchpointCadence;

  @Stored.text({ description: 'What the touchpoint is for, e.g. "Quarterly business review".' })
  purpose: string;

  @Stored.date({ description: 'When it is due next (YYYY-MM-DD).' })
  nextDate: string;

  @Stored.userId({
    description: 'Who carries it out: the account manager or someone in marketing.',
  })
  ownerId: string;

  @Stored.enum(TouchpointStatus)
  status: TouchpointStatus;

  @Stored.dateTime({ nullable: true })
  lastDoneAt: Date | null;

  @Stored.userId()
  plannedBy: string;
}
