import { Stored, TrackedEntity } from '@salesgraph/service-kit';
import { ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { EmailStatus } from './email-status';
import { NotificationKind } from './kinds/notification-kinds';

/**
 * One warning for one person, raised by one event. (source event, recipient)
 * is unique: a redelivered or replayed event finds its notification there.
 * The row is also the e-mail's outbox: the dispatcher sends PENDING rows.
 */
@Entity()
@ObjectType({ description: 'A warning for one person, raised by an event of the platform.' })
export class Notification extends TrackedEntity {
  @Stored.userId({ description: 'Whom it is for.' })
  recipientId: string;

  @Stored.enum(NotificationKind)
  kind: NotificationKind;

  @Stored.text()
  title: string;

  @Stored.text()
  body: string;

  @Stored.text({
    description: 'The kind of record it is about: Account, SupplyContract, Lead, ...',
  })
  subjectType: string;

  @Stored.text({ description: 'The id of the record it is about.' })
  subjectId: string;

  @Stored.id({ nullable: true, description: 'The account it concerns, when there is one.' })
  accountId: string | null;

  @Stored.dateTime({ description: 'When the event that raised it happened.' })
  occurredAt: Date;

  @Stored.dateTime({ nullable: true, description: 'When the recipient marked it read.' })
  readAt: Date | null;

  @Stored.enum(EmailStatus)
  emailStatus: EmailStatus;

  @Stored.dateTime({ nullable: true })
  emailSentAt: Date | null;

  @Column({ type: 'uuid' })
  sourceEventId: string;

  @Column({ type: 'text' })
  sourceEventType: string;

  @Column({ type: 'text', nullable: true })
  emailTo: string | null;

  @Column({ type: 'int', default: 0 })
  emailAttempts: number;

  @Column({ type: 'timestamptz', nullable: true })
  emailNextAttemptAt: Date | null;

  @Column({ type: 'text', nullable: true })
  emailLastError: string | null;
}
