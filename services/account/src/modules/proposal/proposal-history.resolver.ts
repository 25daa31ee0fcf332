import { CustomisationProposalChanged } from '@salesgraph/events';
import { createHistoryResolver } from '@salesgraph/service-kit';
import { CustomisationProposal } from './customisation-proposal.entity';

/** CustomisationProposal.history, read for all proposals of a request at once. */
export const ProposalHistoryResolver = createHistoryResolver(
  CustomisationProposal,
  { aggregateType: CustomisationProposalChanged.aggregateType },
  { description: 'Who drafted, submitted and recorded the decision on this proposal, and when.' },
);
