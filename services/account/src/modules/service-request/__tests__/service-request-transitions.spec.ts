import { errorCodeOf as code } from '../../../common/__tests__/error-code';
import { ServiceRequestStatus as R } from '../service-request-enums';
import { assertServiceRequestTransition as move } from '../service-request-transitions';

describe('service request transitions', () => {
  it('let the department move a request forward, never cancel it', () => {
    expect(code(() => move('DEPARTMENT', R.OPEN, R.IN_PROGRESS))).toBe('OK');
    expect(code(() => move('DEPARTMENT', R.IN_PROGRESS, R.DONE))).toBe('OK');
    expect(code(() => move('DEPARTMENT', R.OPEN, R.DONE))).toBe('OK');
    expect(code(() => move('DEPARTMENT', R.OPEN, R.CANCELLED))).toBe('INVALID_TRANSITION');
    expect(code(() => move('DEPARTMENT', R.IN_PROGRESS, R.OPEN))).toBe('INVALID_TRANSITION');
  });

  it('let the account side also cancel or reopen work; closed requests are final', () => {
    expect(code(() => move('ACCOUNT', R.OPEN, R.CANCELLED))).toBe('OK');
    expect(code(() => move('ACCOUNT', R.IN_PROGRESS, R.OPEN))).toBe('OK');
    expect(code(() => move('ACCOUNT', R.DONE, R.OPEN))).toBe('INVALID_TRANSITION');
    expect(code(() => move('ACCOUNT', R.CANCELLED, R.IN_PROGRESS))).toBe('INVALID_TRANSITION');
  });
});
