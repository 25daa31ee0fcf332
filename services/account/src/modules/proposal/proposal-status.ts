import { registerEnumType } from 'type-graphql';

/** DRAFT -> SUBMITTED -> ACCEPTED or REJECTED; see proposal-lifecycle.ts. */
export enum ProposalStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
}

registerEnumType(ProposalStatus, {
  name: 'CustomisationProposalStatus',
  description: 'DRAFT, then SUBMITTED to the customer, then ACCEPTED or REJECTED by them.',
});
