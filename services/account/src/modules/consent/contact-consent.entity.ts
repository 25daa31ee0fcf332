import { Stored } from '@salesgraph/service-kit';
import { Field, ID, ObjectType } from 'type-graphql';
import { Entity, Index, PrimaryColumn } from 'typeorm';
import { ConsentChannel, ConsentSource } from './consent-enums';

/**
 * One consent decision of a contact on one channel: given or withdrawn, when,
 * how and recorded by whom. Append-only: the rows are the consent's history,
 * the latest per channel (consent-state in @salesgraph/events) is in force.
 */
@ObjectType('ContactConsentRecord', {
  description: 'A consent given or withdrawn by a contact on one channel.',
})
@Entity({ name: 'contact_consent' })
@Index('ix_contact_consent_contact', ['contactId', 'channel'])
export class ContactConsent {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id: string;

  @Stored.id()
  contactId: string;

  @Stored.enum(ConsentChannel)
  channel: ConsentChannel;

  @Stored.boolean({ description: 'true: consent given; false: withdrawn or refused.' })
  given: boolean;

  @Stored.enum(ConsentSource)
  source: ConsentSource;

  @Stored.userId({ description: 'Who recorded it: a user, or "marketing" for its forms.' })
  recordedBy: string;

  @Stored.dateTime({ description: 'When the person gave or withdrew it.' })
  effectiveAt: Date;

  @Stored.dateTime({ description: 'When it was recorded here.' })
  recordedAt: Date;

  @Stored.text({ nullable: true, description: 'What the person said, where it is written.' })
  note: string | null;
}
