import { BadInputError, NotFoundError } from '@salesgraph/service-kit';

/** The customisation proposals' refusals: a code to branch on and a message for a person. */
export const ProposalException = {
  /** Unknown, invisible and malformed ids alike, like the proposal's account. */
  notFound: (id: string) => new NotFoundError('Customisation proposal', id),

  badNote: () => new BadInputError('note must be 1 to 4000 characters.'),
};
