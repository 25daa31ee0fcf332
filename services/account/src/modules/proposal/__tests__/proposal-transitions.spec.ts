import { errorCodeOf as code } from '../../../common/__tests__/error-code';
import { assertProposalTransition } from '../proposal-transitions';
import { ProposalStatus as P } from '../proposal-status';

describe('customisation proposal transitions', () => {
  it('go DRAFT -> SUBMITTED -> ACCEPTED | REJECTED, and decided ones are final', () => {
    expect(code(() => assertProposalTransition(P.DRAFT, P.SUBMITTED))).toBe('OK');
    expect(code(() => assertProposalTransition(P.SUBMITTED, P.REJECTED))).toBe('OK');
    expect(code(() => assertProposalTransition(P.SUBMITTED, P.ACCEPTED))).toBe('OK');
    expect(code(() => assertProposalTransition(P.DRAFT, P.ACCEPTED))).toBe('INVALID_TRANSITION');
    expect(code(() => assertProposalTransition(P.ACCEPTED, P.REJECTED))).toBe('INVALID_TRANSITION');
    expect(code(() => assertProposalTransition(P.REJECTED, P.SUBMITTED))).toBe(
      'INVALID_TRANSITION',
    );
  });
});
