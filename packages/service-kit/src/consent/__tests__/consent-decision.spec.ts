import { BadInputError } from '../../graphql/domain-error';
import {
  assertUserConsentDecision,
  consentRowsOf,
  type ConsentDecisionSpec,
} from '../consent-decision';

const now = new Date('2026-06-01T10:00:00Z');
const decision = (overrides: Partial<ConsentDecisionSpec> = {}): ConsentDecisionSpec => ({
  channels: ['EMAIL'],
  given: false,
  source: 'PHONE_CALL',
  recordedBy: 'u-1',
  effectiveAt: now,
  ...overrides,
});

describe('assertUserConsentDecision', () => {
  it('accepts a decision made now or earlier, told by the person', () => {
    expect(() => assertUserConsentDecision(decision(), now)).not.toThrow();
    expect(() =>
      assertUserConsentDecision(decision({ effectiveAt: new Date('2026-05-01T00:00:00Z') }), now),
    ).not.toThrow();
  });

  it('refuses a decision dated in the future, naming the field', () => {
    const refusal = captured(() =>
      assertUserConsentDecision(decision({ effectiveAt: new Date(now.getTime() + 1000) }), now),
    );
    expect(refusal).toBeInstanceOf(BadInputError);
    expect(refusal.message).toMatch(/effectiveAt must not be in the future/);
  });

  it.each(['LEAD_CONVERSION', 'MARKETING_FORM'] as const)(
    'refuses %s, which only the platform records',
    (source) => {
      const refusal = captured(() => assertUserConsentDecision(decision({ source }), now));
      expect(refusal).toBeInstanceOf(BadInputError);
      expect(refusal.message).toContain(`source ${source} is recorded by the platform itself`);
    },
  );
});

describe('consentRowsOf', () => {
  it("makes one row per channel, each once, in the channels' order, with the note trimmed", () => {
    const { channels, note, rows } = consentRowsOf(
      decision({ channels: ['VISIT', 'EMAIL', 'VISIT'], note: '  said on the phone  ' }),
      now,
    );
    expect(channels).toEqual(['EMAIL', 'VISIT']);
    expect(note).toBe('said on the phone');
    expect(rows.map((r) => [r.channel, r.given, r.source, r.recordedAt, r.note])).toEqual([
      ['EMAIL', false, 'PHONE_CALL', now, 'said on the phone'],
      ['VISIT', false, 'PHONE_CALL', now, 'said on the phone'],
    ]);
    expect(new Set(rows.map((r) => r.id)).size).toBe(2);
  });

  it('keeps no note for a blank one and makes no rows without channels', () => {
    expect(consentRowsOf(decision({ note: '   ' }), now).note).toBeNull();
    expect(consentRowsOf(decision({ channels: [] }), now).rows).toEqual([]);
  });
});

function captured(act: () => void): Error {
  try {
    act();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a refusal');
}
