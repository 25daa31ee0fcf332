import { DecimalScalar } from '@salesgraph/service-kit';
import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { moneyTransformer } from '../../common/money.transformer';
import { ProposalStatus } from './proposal-status';

/** An account manager's proposal to customise a product to a customer's needs. */
@ObjectType({ description: 'A proposal to customise a product for an account.' })
@Entity({ name: 'customisation_proposal' })
@Index('ix_customisation_proposal_account', ['accountId'])
export class CustomisationProposal {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @Field(() => ID, { description: 'The product of the catalogue to customise.' })
  @Column({ name: 'product_id', type: 'uuid' })
  productId: string;

  @Field()
  @Column({ name: 'requested_change', type: 'text' })
  requestedChange: string;

  @Field(() => DecimalScalar, { description: 'Expected yearly value of the customised business.' })
  @Column({ type: 'numeric', precision: 21, scale: 6, transformer: moneyTransformer })
  value: string;

  @Field()
  @Column({ type: 'text' })
  currency: string;

  @Field(() => ProposalStatus)
  @Column({ type: 'text' })
  status: ProposalStatus;

  @Field(() => String, { nullable: true, description: "The customer's answer, when decided." })
  @Column({ name: 'decision_note', type: 'text', nullable: true })
  decisionNote: string | null;

  @Field(() => ID)
  @Column({ name: 'created_by', type: 'text' })
  createdBy: string;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
