import { Stored } from '@salesgraph/service-kit';
import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { InternalDepartment } from './department';

/**
 * Someone inside the company who serves the account, and in which department
 * and role. Not a TrackedEntity: a membership is added and removed, never
 * changed, so it has no update time and no version.
 */
@ObjectType({ description: 'An internal member of the team that serves an account.' })
@Entity()
@Index('ix_account_team_member_account', ['accountId'])
export class AccountTeamMember {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id: string;

  @Stored.id()
  accountId: string;

  @Stored.userId({ description: 'The member as a user of the identity provider.' })
  userId: string;

  @Stored.text()
  name: string;

  @Stored.enum(InternalDepartment)
  department: InternalDepartment;

  @Stored.text({ description: 'Their role for this account, e.g. "Application engineer".' })
  role: string;

  @Stored.userId()
  addedBy: string;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  addedAt: Date;
}
