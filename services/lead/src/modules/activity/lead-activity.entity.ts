import { Stored } from '@salesgraph/service-kit';
import { ObjectType } from 'type-graphql';
import { Entity } from 'typeorm';
import { ActivityRecord } from './activity-record';

/** A follow-up on a lead: the rep's own record, never shown to marketing. */
@ObjectType('LeadActivity', { description: 'A call, e-mail or visit on a lead, with its outcome.' })
@Entity({ name: 'lead_activity' })
export class LeadActivity extends ActivityRecord {
  @Stored.id()
  leadId: string;
}
