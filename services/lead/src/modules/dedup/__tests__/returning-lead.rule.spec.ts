import { returningLeadDecision } from '../returning-lead.rule';

const closed = new Date('2026-01-01T00:00:00Z');
const days = (n: number) => new Date(closed.getTime() + n * 86_400_000);

describe('returningLeadDecision', () => {
  it('merges into an open lead however long ago it arrived', () => {
    expect(
      returningLeadDecision({ status: 'CONTACTED', closedAt: null }, false, days(400), 90),
    ).toBe('MERGE');
  });

  it('merges into a closed lead within the quiet period', () => {
    for (const status of ['DISQUALIFIED', 'CONVERTED'])
      expect(returningLeadDecision({ status, closedAt: closed }, false, days(89), 90)).toBe(
        'MERGE',
      );
  });

  it('opens a new lead once the quiet period has passed', () => {
    for (const status of ['DISQUALIFIED', 'CONVERTED'])
      expect(returningLeadDecision({ status, closedAt: closed }, false, days(90), 90)).toBe(
        'OPEN_SUCCESSOR',
      );
  });

  it('always merges the same marketing record (external id)', () => {
    expect(
      returningLeadDecision({ status: 'DISQUALIFIED', closedAt: closed }, true, days(400), 90),
    ).toBe('MERGE');
  });
});
