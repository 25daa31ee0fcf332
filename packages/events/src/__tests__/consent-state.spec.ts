import {
  contactableBySales,
  currentConsent,
  withdrawn,
  type RecordedConsent,
} from '../consent/consent-state';

const at = (iso: string) => new Date(iso);
const record = (
  channel: RecordedConsent['channel'],
  given: boolean,
  effective: string,
  recorded = effective,
): RecordedConsent => ({ channel, given, effectiveAt: at(effective), recordedAt: at(recorded) });

describe('currentConsent', () => {
  it('keeps the decision the person made last on each channel', () => {
    const current = currentConsent([
      record('EMAIL', true, '2026-01-01T00:00:00Z'),
      record('EMAIL', false, '2026-02-01T00:00:00Z'),
      record('PHONE', true, '2026-01-05T00:00:00Z'),
    ]);
    expect(current.get('EMAIL')?.given).toBe(false);
    expect(current.get('PHONE')?.given).toBe(true);
    expect(current.has('VISIT')).toBe(false);
  });

  it('does not let a consent recorded late with an earlier date undo a later withdrawal', () => {
    const current = currentConsent([
      record('EMAIL', false, '2026-02-01T00:00:00Z', '2026-02-01T00:00:00Z'),
      record('EMAIL', true, '2026-01-01T00:00:00Z', '2026-03-01T00:00:00Z'),
    ]);
    expect(withdrawn(current, 'EMAIL')).toBe(true);
  });

  it('of two decisions at the same moment keeps the one recorded last', () => {
    const current = currentConsent([
      record('VISIT', false, '2026-02-01T00:00:00Z', '2026-02-02T00:00:00Z'),
      record('VISIT', true, '2026-02-01T00:00:00Z', '2026-02-01T00:00:00Z'),
    ]);
    expect(current.get('VISIT')?.given).toBe(false);
  });
});

describe('contactableBySales', () => {
  const t = '2026-01-01T00:00:00Z';

  it('is unknown while no sales channel is decided, whatever marketing says', () => {
    expect(contactableBySales(currentConsent([]))).toBeNull();
    expect(contactableBySales(currentConsent([record('MARKETING', false, t)]))).toBeNull();
  });

  it('is false only once every sales channel is withdrawn', () => {
    const twoOfThree = [record('EMAIL', false, t), record('PHONE', false, t)];
    expect(contactableBySales(currentConsent(twoOfThree))).toBe(true);
    expect(contactableBySales(currentConsent([...twoOfThree, record('VISIT', false, t)]))).toBe(
      false,
    );
  });

  it('is true again when one channel is given back', () => {
    const records = [
      record('EMAIL', false, t),
      record('PHONE', false, t),
      record('VISIT', false, t),
      record('PHONE', true, '2026-03-01T00:00:00Z'),
    ];
    expect(contactableBySales(currentConsent(records))).toBe(true);
  });
});
