import { TrackedEntity } from '@salesgraph/service-kit';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import type { HealthReasonData } from '../health/health-rule';
import { AccountOrigin, AccountSegment, AccountStatus, AccountTier } from './account-enums';

/** A customer: owned by a rep while standard, by an account manager once key. */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A customer account.' })
@Entity()
@Index('ix_account_owner', ['ownerId'])
export class Account extends TrackedEntity {
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
  @Column({ type: 'text' })
  ownerId: string;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  parentAccountId: string | null;

  @Field(() => AccountOrigin)
  @Column({ type: 'text' })
  origin: AccountOrigin;

  @Field(() => ID, { nullable: true, description: 'The converted lead, for LEAD_CONVERSION.' })
  @Column({ type: 'uuid', nullable: true })
  leadId: string | null;

  /** The last health assessment; Account.health exposes it with its reasons. */
  @Column({ type: 'int' })
  healthScore: number;

  @Column({ type: 'jsonb' })
  healthReasons: HealthReasonData[];

  @Column({ type: 'text', nullable: true })
  healthRuleVersion: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  healthComputedAt: Date | null;
}
