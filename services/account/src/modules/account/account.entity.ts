import { Directive, Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { AccountSegment, AccountStatus, AccountTier } from './account-enums';

/** A customer: owned by a rep while standard, by an account manager once key. */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A customer account.' })
@Entity({ name: 'account' })
@Index('ix_account_owner', ['ownerId'])
export class Account {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id: string;

  @Field()
  @Column({ type: 'text' })
  name: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  domain: string | null;

  @Field(() => AccountSegment)
  @Column({ type: 'text' })
  segment: AccountSegment;

  @Field(() => AccountTier)
  @Column({ type: 'text' })
  tier: AccountTier;

  @Field(() => AccountStatus)
  @Column({ type: 'text' })
  status: AccountStatus;

  @Field(() => ID)
  @Column({ name: 'owner_id', type: 'text' })
  ownerId: string;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
