import { InvalidTransitionError } from '@salesgraph/service-kit';
import { ProposalStatus as S } from './proposal-status';

const allowed: Record<S, S[]> = {
  [S.DRAFT]: [S.SUBMITTED],
  [S.SUBMITTED]: [S.ACCEPTED, S.REJECTED],
  [S.ACCEPTED]: [],
  [S.REJECTED]: [],
};

/** DRAFT -> SUBMITTED -> ACCEPTED | REJECTED; a decided proposal is final (draft a new one). */
export function assertProposalTransition(from: S, to: S): void {
  if (!allowed[from].includes(to))
    throw new InvalidTransitionError(
      'Customisation proposal',
      from,
      to,
      allowed[from].length
        ? `From ${from} it may go to ${allowed[from].join(' or ')}.`
        : `${from} is final: draft a new proposal instead.`,
    );
}
