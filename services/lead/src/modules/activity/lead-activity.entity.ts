import { Stored } from '@salesgraph/service-kit';
import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { LeadActivityOutcome } from './lead-activity-outcome';
import { LeadActivityType } from './lead-activity-type';

/** A follow-up on a lead: the rep's own record, never shown to marketing. */
@ObjectType('LeadActivity', { description: 'A call, e-mail or visit on a lead, with its outcome.' })
@Entity({ name: 'lead_activity' })
export class LeadActivity {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id: string;

  @Stored.id()
  leadId: string;

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
