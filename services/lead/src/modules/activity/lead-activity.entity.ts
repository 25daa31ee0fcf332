import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { LeadActivityOutcome } from './lead-activity-outcome';
import { LeadActivityType } from './lead-activity-type';

/** A follow-up on a lead: the rep's own record, never shown to marketing. */
@ObjectType('LeadActivity', { description: 'A call, e-mail or visit on a lead, with its outcome.' })
@Entity({ name: 'lead_activity' })
export class LeadActivity {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ name: 'lead_id', type: 'uuid' })
  leadId: string;

  @Field(() => LeadActivityType)
  @Column({ type: 'text' })
  type: LeadActivityType;

  @Field(() => LeadActivityOutcome)
  @Column({ type: 'text' })
  outcome: LeadActivityOutcome;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Who was met and what was agreed; VISIT only.',
  })
  @Column({ name: 'visit_report', type: 'text', nullable: true })
  visitReport: string | null;

  @Field(() => GraphQLISODateTime)
  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'The follow-up this activity planned.',
  })
  @Column({ name: 'next_follow_up_at', type: 'timestamptz', nullable: true })
  nextFollowUpAt: Date | null;

  @Field(() => ID)
  @Column({ name: 'created_by', type: 'text' })
  createdBy: string;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
