import { ConsentRecordFields, Stored } from '@salesgraph/service-kit';
import { ObjectType } from 'type-graphql';
import { Entity, Index } from 'typeorm';

/** One consent decision of a lead's contact on one channel (the fields: ConsentRecordFields). */
@ObjectType('LeadConsentRecord', {
  description: "A consent given or withdrawn by a lead's contact on one channel.",
})
@Entity({ name: 'lead_consent' })
@Index('ix_lead_consent_lead', ['leadId', 'channel'])
export class LeadConsent extends ConsentRecordFields {
  @Stored.id()
  leadId: string;
}
