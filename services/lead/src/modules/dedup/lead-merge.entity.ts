import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
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

  @Field(() => ID)
  @Column({ type: 'uuid' })
  leadId: string;

  @Field(() => LeadDuplicateMatch)
  @Column({ type: 'text' })
  matchedOn: LeadDuplicateMatch;

  @Field(() => String, { nullable: true, description: 'Marketing’s id of the duplicate.' })
  @Column({ type: 'text', nullable: true })
  externalId: string | null;

  @Field()
  @Column({ type: 'text' })
  source: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  campaign: string | null;

  @Field()
  @Column({ type: 'text' })
  company: string;

  @Field()
  @Column({ type: 'text' })
  contactName: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Field(() => [String], { description: 'Fields of the lead that the duplicate filled in.' })
  @Column({ type: 'text', array: true })
  mergedFields: string[];

  @Field(() => ID, { nullable: true, description: 'The event that brought the duplicate, if any.' })
  @Column({ type: 'uuid', nullable: true })
  eventId: string | null;

  @Field(() => GraphQLISODateTime)
  @Column({ type: 'timestamptz' })
  capturedAt: Date;

  @Field(() => GraphQLISODateTime)
  @Column({ type: 'timestamptz' })
  mergedAt: Date;
}
