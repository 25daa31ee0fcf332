import { ConsentRecordFields, Stored } from '@salesgraph/service-kit';
import { ObjectType } from 'type-graphql';

/**
 * One consent decision of a lead's contact on one channel, as the graph shows
 * it (the fields: ConsentRecordFields). Stored as part of a LeadConsentRow,
 * one row for all the channels a decision names (`consentRecordsOf`).
 */
@ObjectType('LeadConsentRecord', {
  description: "A consent given or withdrawn by a lead's contact on one channel.",
})
export class LeadConsent extends ConsentRecordFields {
  @Stored.id()
  leadId: string;
}
