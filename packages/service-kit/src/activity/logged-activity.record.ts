import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { CreateDateColumn, PrimaryColumn } from 'typeorm';
import { Stored } from '../database/stored';

/**
 * What every logged call, e-mail, meeting or visit is, on a lead, an
 * opportunity or an account alike: written once, never changed (so no
 * version), the team's own notes and visit report with it. Each service adds
 * what the activity is about and its kinds.
 */
// @ObjectType() so that subclasses inherit the fields; nothing returns the base itself.
@ObjectType()
export abstract class LoggedActivityRecord {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id: string;

  @Stored.text({ nullable: true })
  notes: string | null;

  @Stored.text({ nullable: true, description: 'Who was met and what was agreed; VISIT only.' })
  visitReport: string | null;

  @Stored.dateTime()
  occurredAt: Date;

  @Stored.userId()
  createdBy: string;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
