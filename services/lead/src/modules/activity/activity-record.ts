import { LoggedActivityRecord, Stored } from '@salesgraph/service-kit';
import { ObjectType } from 'type-graphql';
import { LeadActivityOutcome } from './lead-activity-outcome';
import { LeadActivityType } from './lead-activity-type';

/**
 * A follow-up activity, on a lead or an opportunity alike: its kind, what
 * came of it and the follow-up it planned (notes and visit reports never
 * leave the service).
 */
// @ObjectType() so that subclasses inherit the fields; nothing returns the base itself.
@ObjectType()
export abstract class ActivityRecord extends LoggedActivityRecord {
  @Stored.enum(LeadActivityType)
  type: LeadActivityType;

  @Stored.enum(LeadActivityOutcome)
  outcome: LeadActivityOutcome;

  @Stored.dateTime({ nullable: true, description: 'The follow-up this activity planned.' })
  nextFollowUpAt: Date | null;
}
