import { DecimalScalar, moneyColumn, TrackedEntity } from '@salesgraph/service-kit';
import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { ProposalStatus } from './proposal-status';

/** An account manager's proposal to customise a product to a customer's needs. */
@ObjectType({ description: 'A proposal to customise a product for an account.' })
@Entity()
@Index('ix_customisation_proposal_account', ['accountId'])
export class CustomisationProposal extends TrackedEntity {
  @Field(() => ID)
  @Column({ type: 'uuid' })
  accountId: string;

  @Field(() => ID, { description: 'The product of the catalogue to customise.' })
  @Column({ type: 'uuid' })
  productId: string;

  @Field()
  @Column({ type: 'text' })
  requestedChange: string;

  @Field(() => DecimalScalar, { description: 'Expected yearly value of the customised business.' })
  @Column({ type: 'numeric', precision: 21, scale: 6, transformer: moneyColumn })
  value: string;

  @Field()
  @Column({ type: 'text' })
  currency: string;

  @Field(() => ProposalStatus)
  @Column({ type: 'text' })
  status: ProposalStatus;

  @Field(() => String, { nullable: true, description: "The customer's answer, when decided." })
  @Column({ type: 'text', nullable: true })
  decisionNote: string | null;

  @Field(() => ID)
  @Column({ type: 'text' })
  createdBy: string;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;
}
