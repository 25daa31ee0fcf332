import { BadInputError } from '../../graphql/domain-error';
import { ACTIVITY_CLOCK_SKEW_MS, checkLoggedActivity } from '../logged-activity';

const now = new Date('2026-05-04T10:00:00Z');
const at = (ms: number) => new Date(now.getTime() + ms);

function refusal(activity: Parameters<typeof checkLoggedActivity>[0]) {
  try {
    checkLoggedActivity(activity, now);
  } catch (error) {
    expect(error).toBeInstanceOf(BadInputError);
    return (error as BadInputError).extensions.field;
  }
  return undefined;
}

describe('checkLoggedActivity', () => {
  it('accepts a call that happened, planning a follow-up ahead', () => {
    expect(refusal({ type: 'CALL', occurredAt: at(-60_000), nextFollowUpAt: at(60_000) })).toBe(
      undefined,
    );
  });

  it('wants a visit report on a VISIT, and only there', () => {
    expect(refusal({ type: 'VISIT' })).toBe('visitReport');
    expect(refusal({ type: 'VISIT', visitReport: '  ' })).toBe('visitReport');
    expect(refusal({ type: 'VISIT', visitReport: 'Met the buyer' })).toBe(undefined);
    expect(refusal({ type: 'EMAIL', visitReport: 'Met the buyer' })).toBe('visitReport');
  });

  it('refuses what has not happened yet, beyond the clock skew', () => {
    expect(refusal({ type: 'CALL', occurredAt: at(ACTIVITY_CLOCK_SKEW_MS) })).toBe(undefined);
    expect(refusal({ type: 'CALL', occurredAt: at(ACTIVITY_CLOCK_SKEW_MS + 1) })).toBe(
      'occurredAt',
    );
  });

  it('refuses a follow-up that is not ahead', () => {
    expect(refusal({ type: 'CALL', nextFollowUpAt: now })).toBe('nextFollowUpAt');
  });
});
