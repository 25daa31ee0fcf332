import { columnTotals, fromCents, moveKind, toCents } from './pipeline-stages';

describe('pipeline board sums', () => {
  it('reads and writes Decimal strings as exact cents', () => {
    expect(toCents('1234.5')).toBe(123450);
    expect(toCents('0.07')).toBe(7);
    expect(toCents('10')).toBe(1000);
    expect(fromCents(123450)).toBe('1234.50');
    expect(fromCents(7)).toBe('0.07');
  });

  it('totals a column and weights it by each deal’s probability', () => {
    const deals = [
      { id: 'a', stage: 'PROPOSAL', amount: '0.10', probability: 50 },
      { id: 'b', stage: 'PROPOSAL', amount: '0.20', probability: 50 },
      { id: 'c', stage: 'NEGOTIATION', amount: '999.99', probability: 80 },
    ];
    // 0.1 + 0.2 in floating point is 0.30000000000000004; in cents it is 30.
    expect(columnTotals(deals, 'PROPOSAL')).toEqual({ count: 2, amount: '0.30', weighted: '0.15' });
    expect(columnTotals(deals, 'WON')).toEqual({ count: 0, amount: '0.00', weighted: '0.00' });
  });

  it('tells which mutation a drop is', () => {
    expect(moveKind('PROPOSAL', 'PROPOSAL')).toBe('none');
    expect(moveKind('PROPOSAL', 'NEGOTIATION')).toBe('move');
    expect(moveKind('NEGOTIATION', 'WON')).toBe('win');
    expect(moveKind('QUALIFICATION', 'LOST')).toBe('lose');
  });
});
