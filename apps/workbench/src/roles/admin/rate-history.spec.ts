import { pairsOf, rateChange } from './rate-history';

describe('an exchange rate’s history on the admin’s screen', () => {
  it('says what each change did, from which source and by whom', () => {
    expect(
      rateChange({
        actorId: 'u-admin',
        occurredAt: '2026-05-15T08:00:00Z',
        data: { rate: '1.0651', previousRate: '1.065', source: 'manual' },
      }),
    ).toBe('1.065 → 1.0651 (manual, by u-admin)');
    expect(
      rateChange({
        actorId: null,
        occurredAt: '2026-05-15T08:00:00Z',
        data: { rate: '0.8525', source: 'file:ecb.csv' },
      }),
    ).toBe('set to 0.8525 (file:ecb.csv)');
  });

  it('lists each pair once, in the table’s order', () => {
    expect(
      pairsOf([
        { baseCurrency: 'CHF', quoteCurrency: 'EUR' },
        { baseCurrency: 'CHF', quoteCurrency: 'EUR' },
        { baseCurrency: 'EUR', quoteCurrency: 'GBP' },
      ]),
    ).toEqual(['CHF/EUR', 'EUR/GBP']);
  });
});
