import { problemOf, readRatesFile } from '../rates-file.rule';

describe('rates-file-v1', () => {
  it('reads rates, skipping the header, comments and blank lines', () => {
    const file = readRatesFile(
      'effective_from,base_currency,quote_currency,rate\r\n# ECB\n\n2026-04-01, CHF ,EUR,1.0412\n2026-05-15,EUR,GBP,0.849\n',
    );
    expect(file.problems).toEqual([]);
    expect(file.rows).toEqual([
      {
        line: 4,
        effectiveFrom: '2026-04-01',
        baseCurrency: 'CHF',
        quoteCurrency: 'EUR',
        rate: '1.0412',
      },
      {
        line: 5,
        effectiveFrom: '2026-05-15',
        baseCurrency: 'EUR',
        quoteCurrency: 'GBP',
        rate: '0.849',
      },
    ]);
  });

  it('reports every wrong line with its number', () => {
    const file = readRatesFile(
      [
        '2026-04-01,CHF,EUR,1.04',
        '2026-02-30,CHF,EUR,1.04',
        '2026-04-01,chf,EUR,1.04',
        '2026-04-01,EUR,EUR,1',
        '2026-04-01,CHF,EUR,0',
        '2026-04-01,CHF,EUR,1.12345678901',
        '2026-04-01,CHF,EUR',
        '2026-04-01,CHF,EUR,1.05',
      ].join('\n'),
    );
    expect(file.rows).toHaveLength(1);
    expect(file.problems).toEqual([
      'line 2: "2026-02-30" is not a date such as 2026-04-01',
      'line 3: "chf" is not an ISO 4217 code such as EUR',
      'line 4: a rate needs two different currencies',
      'line 5: "0" is not a positive rate with at most 10 decimals',
      'line 6: "1.12345678901" is not a positive rate with at most 10 decimals',
      'line 7: expected 4 values (date,base,quote,rate), found 3',
      'line 8: CHF/EUR@2026-04-01 is already on line 1',
    ]);
  });

  it('checks a rate set by hand the same way', () => {
    expect(problemOf('2026-04-01', 'USD', 'EUR', '0.91')).toBeNull();
    expect(problemOf('2026-04-01', 'USD', 'EUR', '-0.91')).toContain('not a positive rate');
    expect(problemOf('2026-4-1', 'USD', 'EUR', '0.91')).toContain('not a date');
  });
});
