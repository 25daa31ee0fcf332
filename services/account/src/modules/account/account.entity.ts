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
import type { HealthReasonData } from '../health/health-rule';
import { AccountOrigin, AccountSegment, AccountStatus, AccountTier } from './account-enums';

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

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  industry: string | null;

  @Field(() => AccountSegment)
  @Column({ type: 'text' })
  segment: AccountSegment;

  @Field(() => AccountTier)
  @Column({ type: 'text' })
  tier: AccountTier;

  @Field(() => AccountStatus)
  @Column({ type: 'text' })
  status: AccountStatus;

  @Field(() => ID, { description: 'A rep for standard accounts, an account manager for key ones.' })
  @Column({ name: 'owner_id', type: 'text' })
  ownerId: string;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'parent_account_id', type: 'uuid', nullable: true })
  parentAccountId: string | null;

  @Field(() => AccountOrigin)
  @Column({ type: 'text' })
  origin: AccountOrigin;

  @Field(() => ID, { nullable: true, description: 'The converted lead, for LEAD_CONVERSION.' })
  @Column({ name: 'lead_id', type: 'uuid', nullable: true })
  leadId: string | null;

  /** The last health assessment; Account.health exposes it with its reasons. */
  @Column({ name: 'health_score', type: 'int' })
  healthScore: number;

  @Column({ name: 'health_reasons', type: 'jsonb' })
  healthReasons: HealthReasonData[];

  @Column({ name: 'health_rule_version', type: 'text', nullable: true })
  healthRuleVersion: string | null;

  @Column({ name: 'health_computed_at', type: 'timestamptz', nullable: true })
  healthComputedAt: Date | null;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
