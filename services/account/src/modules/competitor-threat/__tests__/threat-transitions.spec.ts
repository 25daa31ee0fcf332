import { errorCodeOf as code } from '../../../common/__tests__/error-code';
import { CompetitorThreatStatus as T } from '../competitor-threat-enums';
import { assertThreatTransition } from '../threat-transitions';

describe('competitor threat transitions', () => {
  it('let a mitigated threat flare up again; lost and closed ones are history', () => {
    expect(code(() => assertThreatTransition(T.OPEN, T.MITIGATED))).toBe('OK');
    expect(code(() => assertThreatTransition(T.MITIGATED, T.OPEN))).toBe('OK');
    expect(code(() => assertThreatTransition(T.OPEN, T.LOST_TO_COMPETITOR))).toBe('OK');
    expect(code(() => assertThreatTransition(T.LOST_TO_COMPETITOR, T.OPEN))).toBe(
      'INVALID_TRANSITION',
    );
    expect(code(() => assertThreatTransition(T.CLOSED, T.OPEN))).toBe('INVALID_TRANSITION');
    expect(code(() => assertThreatTransition(T.OPEN, T.OPEN))).toBe('INVALID_TRANSITION');
  });
});
