import { errorCodeOf as code } from '../../../__tests__/error-code';
import { CompetitorThreatStatus as T } from '../competitor-threat-enums';
import { competitorThreatLifecycle } from '../competitor-threat-lifecycle';

const move = (from: T, to: T) => () => competitorThreatLifecycle.assert(from, to);

describe('competitor threat lifecycle', () => {
  it('lets a mitigated threat flare up again; lost and closed ones are history', () => {
    expect(code(move(T.OPEN, T.MITIGATED))).toBe('OK');
    expect(code(move(T.MITIGATED, T.OPEN))).toBe('OK');
    expect(code(move(T.OPEN, T.LOST_TO_COMPETITOR))).toBe('OK');
    expect(code(move(T.LOST_TO_COMPETITOR, T.OPEN))).toBe('INVALID_TRANSITION');
    expect(code(move(T.CLOSED, T.OPEN))).toBe('INVALID_TRANSITION');
    expect(code(move(T.OPEN, T.OPEN))).toBe('INVALID_TRANSITION');
  });

  it('names both states and what is possible instead', () => {
    expect(move(T.LOST_TO_COMPETITOR, T.OPEN)).toThrow(
      'Competitor threat cannot go from LOST_TO_COMPETITOR to OPEN. From LOST_TO_COMPETITOR it may go to CLOSED.',
    );
    expect(move(T.CLOSED, T.OPEN)).toThrow('CLOSED is final.');
  });
});
