import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
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

  @Field(() => ID)
  @Column({ type: 'uuid' })
  accountId: string;

  @Field(() => ID, { description: 'The member as a user of the identity provider.' })
  @Column({ type: 'text' })
  userId: string;

  @Field()
  @Column({ type: 'text' })
  name: string;

  @Field(() => InternalDepartment)
  @Column({ type: 'text' })
  department: InternalDepartment;

  @Field({ description: 'Their role for this account, e.g. "Application engineer".' })
  @Column({ type: 'text' })
  role: string;

  @Field(() => ID)
  @Column({ type: 'text' })
  addedBy: string;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  addedAt: Date;
}
