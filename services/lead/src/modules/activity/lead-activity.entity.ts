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
  @Column({ type: 'uuid' })
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
  @Column({ type: 'text', nullable: true })
  visitReport: string | null;

  @Field(() => GraphQLISODateTime)
  @Column({ type: 'timestamptz' })
  occurredAt: Date;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'The follow-up this activity planned.',
  })
  @Column({ type: 'timestamptz', nullable: true })
  nextFollowUpAt: Date | null;

  @Field(() => ID)
  @Column({ type: 'text' })
  createdBy: string;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
