import { ratesUsed } from './rates-used';

describe('the rates behind a manager’s figures', () => {
  it('names each rate the way the table holds it, once, and the currencies without one', () => {
    const lines = ratesUsed(
      [
        { currency: 'CHF', rate: '1.0412', rateEffectiveFrom: '2026-04-01', inverse: false },
        { currency: 'GBP', rate: '0.8525', rateEffectiveFrom: '2026-04-01', inverse: true },
        { currency: 'CHF', rate: '1.0412', rateEffectiveFrom: '2026-04-01', inverse: false },
        { currency: 'USD', rate: null, inverse: false },
      ],
      'EUR',
    );
    expect(lines).toEqual([
      '1 CHF = 1.0412 EUR from 2026-04-01',
      '1 EUR = 0.8525 GBP from 2026-04-01',
      'USD: no rate, not counted',
    ]);
  });
});
