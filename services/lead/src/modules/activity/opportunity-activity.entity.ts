import { Stored } from '@salesgraph/service-kit';
import { ObjectType } from 'type-graphql';
import { Entity } from 'typeorm';
import { ActivityRecord } from './activity-record';

/** A call, e-mail or visit on a deal under negotiation: the seller's own record. */
@ObjectType('OpportunityActivity', {
  description:
    'A call, e-mail or visit on an opportunity, with its outcome and the next follow-up.',
})
@Entity({ name: 'opportunity_activity' })
export class OpportunityActivity extends ActivityRecord {
  @Stored.id()
  opportunityId: string;
}
