import { Stored } from '@salesgraph/service-kit';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { LeadDuplicateMatch } from './lead-duplicate-match';

/** A duplicate that arrived and was merged into a lead, as it arrived: the merge stays visible. */
@ObjectType('LeadMerge', {
  description: 'A duplicate merged into this lead instead of becoming another.',
})
@Entity({ name: 'lead_merge' })
export class LeadMerge {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id: string;

  @Stored.id()
  leadId: string;

  @Stored.enum(LeadDuplicateMatch)
  matchedOn: LeadDuplicateMatch;

  @Stored.text({ nullable: true, description: 'Marketing’s id of the duplicate.' })
  externalId: string | null;

  @Stored.text()
  source: string;

  @Stored.text({ nullable: true })
  campaign: string | null;

  @Stored.text()
  company: string;

  @Stored.text()
  contactName: string;

  @Stored.text({ nullable: true })
  email: string | null;

  @Field(() => [String], { description: 'Fields of the lead that the duplicate filled in.' })
  @Column({ type: 'text', array: true })
  mergedFields: string[];

  @Stored.id({ nullable: true, description: 'The event that brought the duplicate, if any.' })
  eventId: string | null;

  @Stored.dateTime()
  capturedAt: Date;

  @Stored.dateTime()
  mergedAt: Date;
}
