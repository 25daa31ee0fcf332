import { Stored } from '@salesgraph/service-kit';
import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { CreateDateColumn, PrimaryColumn } from 'typeorm';
import { LeadActivityOutcome } from './lead-activity-outcome';
import { LeadActivityType } from './lead-activity-type';

/**
 * What a follow-up activity is, on a lead or an opportunity alike: the sales
 * team's own record (notes and visit reports never leave the service).
 */
// @ObjectType() so that subclasses inherit the fields; nothing returns the base itself.
@ObjectType()
export abstract class ActivityRecord {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id: string;

  @Stored.enum(LeadActivityType)
  type: LeadActivityType;

  @Stored.enum(LeadActivityOutcome)
  outcome: LeadActivityOutcome;

  @Stored.text({ nullable: true })
  notes: string | null;

  @Stored.text({ nullable: true, description: 'Who was met and what was agreed; VISIT only.' })
  visitReport: string | null;

  @Stored.dateTime()
  occurredAt: Date;

  @Stored.dateTime({ nullable: true, description: 'The follow-up this activity planned.' })
  nextFollowUpAt: Date | null;

  @Stored.userId()
  createdBy: string;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
