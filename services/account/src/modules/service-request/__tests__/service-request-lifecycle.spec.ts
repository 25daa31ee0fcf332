import { errorCodeOf as code } from '../../../__tests__/error-code';
import { ServiceRequestStatus as R } from '../service-request-enums';
import {
  serviceRequestLifecycle,
  serviceRequestMoves,
  type ServiceRequestActor,
} from '../service-request-lifecycle';

const move = (actor: ServiceRequestActor, from: R, to: R) => () =>
  serviceRequestMoves[actor].assert(from, to);

describe('service request lifecycle', () => {
  it('lets the department move a request forward, never cancel it', () => {
    expect(code(move('DEPARTMENT', R.OPEN, R.IN_PROGRESS))).toBe('OK');
    expect(code(move('DEPARTMENT', R.IN_PROGRESS, R.DONE))).toBe('OK');
    expect(code(move('DEPARTMENT', R.OPEN, R.DONE))).toBe('OK');
    expect(code(move('DEPARTMENT', R.OPEN, R.CANCELLED))).toBe('INVALID_TRANSITION');
    expect(code(move('DEPARTMENT', R.IN_PROGRESS, R.OPEN))).toBe('INVALID_TRANSITION');
  });

  it('lets the account side also cancel or reopen work; closed requests are final', () => {
    expect(code(move('ACCOUNT', R.OPEN, R.CANCELLED))).toBe('OK');
    expect(code(move('ACCOUNT', R.IN_PROGRESS, R.OPEN))).toBe('OK');
    expect(code(move('ACCOUNT', R.DONE, R.OPEN))).toBe('INVALID_TRANSITION');
    expect(code(move('ACCOUNT', R.CANCELLED, R.IN_PROGRESS))).toBe('INVALID_TRANSITION');
  });

  it('says who may do what instead, and which requests are still open', () => {
    expect(move('DEPARTMENT', R.OPEN, R.CANCELLED)).toThrow(
      'The department may move it to IN_PROGRESS, DONE.',
    );
    expect(move('ACCOUNT', R.DONE, R.OPEN)).toThrow('DONE is final.');
    expect(serviceRequestLifecycle.open).toEqual([R.OPEN, R.IN_PROGRESS]);
  });
});
