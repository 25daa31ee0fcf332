import { Stored, TrackedEntity } from '@salesgraph/service-kit';
import { Directive, ObjectType } from 'type-graphql';
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
  @Stored.enum(LeadOrigin)
  origin: LeadOrigin;

  @Stored.text({ nullable: true, description: 'Marketing’s own id of the lead.' })
  externalId: string | null;

  @Stored.text({ description: 'Channel, e.g. "webinar", "trade-show", "rep".' })
  source: string;

  @Stored.text({ nullable: true })
  campaign: string | null;

  @Stored.text()
  company: string;

  @Stored.text({ nullable: true })
  companyDomain: string | null;

  @Stored.text()
  contactName: string;

  @Stored.text({ nullable: true })
  email: string | null;

  @Stored.text({ nullable: true })
  phone: string | null;

  @Stored.text({ nullable: true, description: 'ISO 3166-1 alpha-2 code.' })
  country: string | null;

  @Stored.text({ nullable: true })
  region: string | null;

  @Stored.enum(LeadSegment, { nullable: true })
  segment: LeadSegment | null;

  /** Derived from the consent records (contactableBySales); assignment filters on it in SQL. */
  @Stored.boolean({
    nullable: true,
    description:
      'Whether sales may approach the contact, from `consent`: false once EMAIL, PHONE and VISIT are all withdrawn, null while none is decided.',
  })
  consentToContact: boolean | null;

  @Stored.dateTime()
  capturedAt: Date;

  @Stored.userId({ nullable: true, description: 'Who entered the lead, for leads from reps.' })
  createdBy: string | null;

  @Stored.enum(LeadStatus)
  status: LeadStatus;

  @Stored.userId({ nullable: true, description: 'The rep; null in the unassigned queue.' })
  ownerId: string | null;

  @Stored.id({ nullable: true, description: 'The sales team the lead was assigned to.' })
  teamId: string | null;

  @Stored.id({ nullable: true, description: 'The assignment rule that chose the owner.' })
  assignmentRuleId: string | null;

  @Stored.text({ nullable: true, description: 'Why the lead waits without an owner.' })
  unassignedReason: string | null;

  @Stored.dateTime({ nullable: true })
  assignedAt: Date | null;

  @Stored.dateTime({
    nullable: true,
    description:
      'Decided by what happened last: the latest activity, or a follow-up planned by hand since.',
  })
  nextFollowUpAt: Date | null;

  /** When a follow-up was last planned by hand, and for when (next-follow-up.rule weighs it). */
  @Column({ type: 'timestamptz', nullable: true })
  followUpSetAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  followUpSetTo: Date | null;

  @Stored.dateTime({ nullable: true })
  contactedAt: Date | null;

  @Stored.dateTime({ nullable: true })
  qualifiedAt: Date | null;

  @Stored.dateTime({ nullable: true })
  disqualifiedAt: Date | null;

  @Stored.text({ nullable: true })
  disqualificationReason: string | null;

  @Column(() => LeadConversion, { prefix: false })
  conversion: LeadConversion;

  @Stored.id({
    nullable: true,
    description: 'The closed lead this one returned after (a new campaign after the quiet period).',
  })
  predecessorId: string | null;

  @Stored.id({ nullable: true, description: 'The lead that returned after this one closed.' })
  supersededById: string | null;

  @Stored.id({
    nullable: true,
    description:
      'The existing account whose domain the lead matched: a signal for its owner, not new business.',
  })
  matchedAccountId: string | null;

  @Stored.int({
    description: 'How many duplicates were merged into this lead.',
    column: { default: 0 },
  })
  mergeCount: number;
}
