import { Stored, TrackedEntity } from '@salesgraph/service-kit';
import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { PriceApprovalStatus, PriceApprovalSubject } from './price-approval-status';
import { PriceBreach } from './price-breach.type';

/**
 * A request for the seller's sales manager to approve the prices of an ad
 * hoc order or a supply contract. It approves exactly the terms it was asked
 * for (`termsKey`): change them and a new approval is needed.
 */
@ObjectType({ description: 'Prices waiting for (or decided by) the seller’s sales manager.' })
@Entity()
@Index('ix_price_approval_subject', ['subjectId', 'createdAt'])
export class PriceApproval extends TrackedEntity {
  @Stored.enum(PriceApprovalSubject)
  subjectType: PriceApprovalSubject;

  @Stored.id({ description: 'The order or contract.' })
  subjectId: string;

  @Stored.text({ description: 'Its number, e.g. SO-000042 or SC-0007.' })
  subjectNumber: string;

  @Stored.id()
  accountId: string;

  @Stored.userId({ description: 'The seller the order is credited to, or the contract’s owner.' })
  sellerId: string;

  @Stored.userId()
  requestedBy: string;

  @Field(() => [String], { description: 'The sales managers who may decide (empty: an admin).' })
  @Column({ type: 'text', array: true })
  approverIds: string[];

  @Field(() => [PriceBreach])
  @Column({ type: 'jsonb' })
  breaches: PriceBreach[];

  /** A digest of the terms asked for; an approval holds for exactly these. */
  @Column({ type: 'text' })
  termsKey: string;

  @Stored.enum(PriceApprovalStatus)
  status: PriceApprovalStatus;

  @Stored.userId({ nullable: true })
  decidedBy: string | null;

  @Stored.dateTime({ nullable: true })
  decidedAt: Date | null;

  @Stored.text({ nullable: true, description: 'The manager’s note or reason.' })
  decisionNote: string | null;
}
