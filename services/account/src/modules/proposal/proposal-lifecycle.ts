import { defineLifecycle } from '@salesgraph/service-kit';
import { ProposalStatus as S } from './proposal-status';

/** DRAFT -> SUBMITTED -> ACCEPTED | REJECTED; a decided proposal is final (draft a new one). */
const transitions: Record<S, readonly S[]> = {
  [S.DRAFT]: [S.SUBMITTED],
  [S.SUBMITTED]: [S.ACCEPTED, S.REJECTED],
  [S.ACCEPTED]: [],
  [S.REJECTED]: [],
};

export const proposalLifecycle = defineLifecycle<S>({
  entity: 'Customisation proposal',
  transitions,
  hint: (from) =>
    transitions[from].length
      ? `From ${from} it may go to ${transitions[from].join(' or ')}.`
      : `${from} is final: draft a new proposal instead.`,
});
