import { Stored, TrackedEntity } from '@salesgraph/service-kit';
import { Field, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { LeadSegment } from '../lead/lead-segment';

/**
 * A rule a sales manager maintains: leads that match its territory and
 * segment go round robin to the reps of its team, none above the cap of open
 * leads. Rules are tried by priority; the first one with a rep to spare wins.
 */
@ObjectType('LeadAssignmentRule', { description: 'Which leads go to which team, and the cap.' })
@Entity({ name: 'assignment_rule' })
export class AssignmentRule extends TrackedEntity {
  @Stored.text()
  name: string;

  @Stored.int({ description: 'Lower numbers are tried first.' })
  priority: number;

  @Stored.id({ description: 'The sales team whose reps receive the leads.' })
  teamId: string;

  @Field(() => [String], { description: 'ISO country codes; empty matches every country.' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  countries: string[];

  @Field(() => [String], { description: 'Regions (any case); empty matches every region.' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  regions: string[];

  @Field(() => [LeadSegment], { description: 'Empty matches every segment.' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  segments: LeadSegment[];

  @Stored.int({ nullable: true, description: 'Most open leads a rep may hold; null: no cap.' })
  maxOpenLeadsPerRep: number | null;

  @Stored.boolean({ column: { default: true } })
  active: boolean;

  @Stored.userId()
  createdBy: string;

  @Stored.userId()
  updatedBy: string;
}
