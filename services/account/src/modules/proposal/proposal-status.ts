import { graphqlEnum, type EnumValue } from '@salesgraph/service-kit';

/** DRAFT -> SUBMITTED -> ACCEPTED or REJECTED; see proposal-lifecycle.ts. */
export const ProposalStatus = graphqlEnum(
  'CustomisationProposalStatus',
  ['DRAFT', 'SUBMITTED', 'ACCEPTED', 'REJECTED'],
  { description: 'DRAFT, then SUBMITTED to the customer, then ACCEPTED or REJECTED by them.' },
);
export type ProposalStatus = EnumValue<typeof ProposalStatus>;
