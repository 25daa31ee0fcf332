import { ConsentRecordFields, Stored } from '@salesgraph/service-kit';
import { ObjectType } from 'type-graphql';
import { Entity, Index } from 'typeorm';

/** One consent decision of a contact on one channel (the fields: ConsentRecordFields). */
@ObjectType('ContactConsentRecord', {
  description: 'A consent given or withdrawn by a contact on one channel.',
})
@Entity({ name: 'contact_consent' })
@Index('ix_contact_consent_contact', ['contactId', 'channel'])
export class ContactConsent extends ConsentRecordFields {
  @Stored.id()
  contactId: string;
}
