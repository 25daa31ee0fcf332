import { TrackedEntity } from '@salesgraph/service-kit';
import { Directive, Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { LeadConversion } from './lead-conversion.embedded';
import { LeadOrigin } from './lead-origin';
import { LeadSegment } from './lead-segment';
import { LeadStatus } from './lead-status';

/**
 * A sales lead: someone at a company who may buy, owned by one rep at a time.
 * Unique indexes (see the migration) keep one lead per external id, e-mail, and
 * company domain with contact name: de-duplication holds even under concurrency.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A sales lead in the new-business pipeline.' })
@Entity({ name: 'lead' })
export class Lead extends TrackedEntity {
  @Field(() => LeadOrigin)
  @Column({ type: 'text' })
  origin: LeadOrigin;

  @Field(() => String, { nullable: true, description: 'Marketing’s own id of the lead.' })
  @Column({ type: 'text', nullable: true })
  externalId: string | null;

  @Field({ description: 'Channel, e.g. "webinar", "trade-show", "rep".' })
  @Column({ type: 'text' })
  source: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  campaign: string | null;

  @Field()
  @Column({ type: 'text' })
  company: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  companyDomain: string | null;

  @Field()
  @Column({ type: 'text' })
  contactName: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code.' })
  @Column({ type: 'text', nullable: true })
  country: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  region: string | null;

  @Field(() => LeadSegment, { nullable: true })
  @Column({ type: 'text', nullable: true })
  segment: LeadSegment | null;

  @Field(() => Boolean, { nullable: true, description: 'The contact agreed to hear from sales.' })
  @Column({ type: 'boolean', nullable: true })
  consentToContact: boolean | null;

  @Field(() => GraphQLISODateTime)
  @Column({ type: 'timestamptz' })
  capturedAt: Date;

  @Field(() => ID, { nullable: true, description: 'Who entered the lead, for leads from reps.' })
  @Column({ type: 'text', nullable: true })
  createdBy: string | null;

  @Field(() => LeadStatus)
  @Column({ type: 'text' })
  status: LeadStatus;

  @Field(() => ID, { nullable: true, description: 'The rep; null in the unassigned queue.' })
  @Column({ type: 'text', nullable: true })
  ownerId: string | null;

  @Field(() => ID, { nullable: true, description: 'The sales team the lead was assigned to.' })
  @Column({ type: 'uuid', nullable: true })
  teamId: string | null;

  @Field(() => ID, { nullable: true, description: 'The assignment rule that chose the owner.' })
  @Column({ type: 'uuid', nullable: true })
  assignmentRuleId: string | null;

  @Field(() => String, { nullable: true, description: 'Why the lead waits without an owner.' })
  @Column({ type: 'text', nullable: true })
  unassignedReason: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  assignedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'From the latest activity.' })
  @Column({ type: 'timestamptz', nullable: true })
  nextFollowUpAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  contactedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  qualifiedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  disqualifiedAt: Date | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  disqualificationReason: string | null;

  @Column(() => LeadConversion, { prefix: false })
  conversion: LeadConversion;

  @Field(() => Int, { description: 'How many duplicates were merged into this lead.' })
  @Column({ type: 'int', default: 0 })
  mergeCount: number;
}
