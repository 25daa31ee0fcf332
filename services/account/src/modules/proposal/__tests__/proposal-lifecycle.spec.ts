import { errorCodeOf as code } from '../../../__tests__/error-code';
import { proposalLifecycle } from '../proposal-lifecycle';
import { ProposalStatus as P } from '../proposal-status';

const move = (from: P, to: P) => () => proposalLifecycle.assert(from, to);

describe('customisation proposal lifecycle', () => {
  it('goes DRAFT -> SUBMITTED -> ACCEPTED | REJECTED, and decided ones are final', () => {
    expect(code(move(P.DRAFT, P.SUBMITTED))).toBe('OK');
    expect(code(move(P.SUBMITTED, P.REJECTED))).toBe('OK');
    expect(code(move(P.SUBMITTED, P.ACCEPTED))).toBe('OK');
    expect(code(move(P.DRAFT, P.ACCEPTED))).toBe('INVALID_TRANSITION');
    expect(code(move(P.ACCEPTED, P.REJECTED))).toBe('INVALID_TRANSITION');
    expect(code(move(P.REJECTED, P.SUBMITTED))).toBe('INVALID_TRANSITION');
  });

  it('tells what to do instead', () => {
    expect(move(P.DRAFT, P.ACCEPTED)).toThrow('From DRAFT it may go to SUBMITTED.');
    expect(move(P.ACCEPTED, P.REJECTED)).toThrow(
      'ACCEPTED is final: draft a new proposal instead.',
    );
  });
});
