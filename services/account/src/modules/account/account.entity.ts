import { Stored, TrackedEntity } from '@salesgraph/service-kit';
import { Directive, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import type { HealthReasonData } from '../health/health-rule';
import { AccountOrigin, AccountSegment, AccountStatus, AccountTier } from './account-enums';

/** A customer: owned by a rep while standard, by an account manager once key. */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A customer account.' })
@Entity()
@Index('ix_account_owner', ['ownerId'])
export class Account extends TrackedEntity {
  @Stored.text()
  name: string;

  @Stored.text({ nullable: true })
  domain: string | null;

  @Stored.text({ nullable: true })
  industry: string | null;

  @Stored.enum(AccountSegment)
  segment: AccountSegment;

  @Stored.enum(AccountTier)
  tier: AccountTier;

  @Stored.enum(AccountStatus)
  status: AccountStatus;

  @Stored.userId({ description: 'A rep for standard accounts, an account manager for key ones.' })
  ownerId: string;

  @Stored.id({ nullable: true })
  parentAccountId: string | null;

  @Stored.enum(AccountOrigin)
  origin: AccountOrigin;

  @Stored.id({ nullable: true, description: 'The converted lead, for LEAD_CONVERSION.' })
  leadId: string | null;

  @Stored.text({ nullable: true, description: 'Why the account was closed as LOST.' })
  lostReason: string | null;

  @Stored.dateTime({ nullable: true, description: 'When it was closed as LOST.' })
  lostAt: Date | null;

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
