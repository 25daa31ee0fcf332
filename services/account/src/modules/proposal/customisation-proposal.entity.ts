import { Stored, TrackedEntity } from '@salesgraph/service-kit';
import { ObjectType } from 'type-graphql';
import { Entity, Index } from 'typeorm';
import { ProposalStatus } from './proposal-status';

/** An account manager's proposal to customise a product to a customer's needs. */
@ObjectType({ description: 'A proposal to customise a product for an account.' })
@Entity()
@Index('ix_customisation_proposal_account', ['accountId'])
export class CustomisationProposal extends TrackedEntity {
  @Stored.id()
  accountId: string;

  @Stored.id({ description: 'The product of the catalogue to customise.' })
  productId: string;

  @Stored.text()
  requestedChange: string;

  @Stored.money({ description: 'Expected yearly value of the customised business.' })
  value: string;

  /** A text column (not char(3)): the input checks the ISO 4217 code. */
  @Stored.text()
  currency: string;

  @Stored.enum(ProposalStatus)
  status: ProposalStatus;

  @Stored.text({ nullable: true, description: "The customer's answer, when decided." })
  decisionNote: string | null;

  @Stored.userId()
  createdBy: string;

  @Stored.dateTime({ nullable: true })
  submittedAt: Date | null;

  @Stored.dateTime({ nullable: true })
  decidedAt: Date | null;
}
