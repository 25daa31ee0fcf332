import { convertedSql, rateOfDaySql } from '../rate-of-day.sql';

// The SQL itself runs against PostgreSQL in order's and planning's currency integration tests; here, its shape.
describe('rateOfDaySql', () => {
  const sql = rateOfDaySql('$1', '$2', '$3::date').replace(/\s+/g, ' ');

  it('looks the pair up both ways on or before the day', () => {
    expect(sql).toContain(
      'e.base_currency = $1 AND e.quote_currency = $2 AND e.effective_from <= $3::date',
    );
    expect(sql).toContain(
      'e.base_currency = $2 AND e.quote_currency = $1 AND e.effective_from <= $3::date',
    );
  });

  it('takes the latest rate, the direct one first on the same day, and one row at most', () => {
    expect(sql).toMatch(/ORDER BY x\.effective_from DESC, x\.inverse LIMIT 1$/);
  });
});

describe('convertedSql', () => {
  const sql = convertedSql('o.amount', 'o.currency', '$2', 'r').replace(/\s+/g, ' ');

  it('keeps an amount already in the wanted currency, and gives NULL, not zero, without a rate', () => {
    expect(sql).toContain('WHEN o.currency = $2 THEN o.amount');
    expect(sql).toContain('WHEN r.rate IS NULL THEN NULL');
  });

  it('divides by an inverse rate and multiplies by a direct one, rounding to cents once', () => {
    expect(sql).toContain('WHEN r.inverse THEN round(o.amount / r.rate, 2)');
    expect(sql).toContain('ELSE round(o.amount * r.rate, 2)');
  });
});
