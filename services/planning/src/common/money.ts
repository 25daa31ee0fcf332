import Decimal from 'decimal.js';

/**
 * Exact decimal arithmetic for money. decimal.js rounds to 20 significant
 * digits by default, fewer than a 15.6-digit amount needs: this clone keeps 40.
 */
export const Money = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Money = Decimal;

/** A money value as the Decimal scalar carries it: exact, at least 2 and at most 6 decimals. */
export function formatMoney(value: Decimal.Value): string {
  const amount = new Money(value).toDecimalPlaces(6);
  return amount.decimalPlaces() < 2 ? amount.toFixed(2) : amount.toFixed();
}

/** `part` as a percentage of `whole`, to 2 decimals; null when the whole is zero. */
export function percentage(part: Decimal.Value, whole: Decimal.Value): string | null {
  const base = new Money(whole);
  if (base.isZero()) return null;
  return new Money(part).times(100).dividedBy(base).toFixed(2);
}

/** The sum of decimal strings, exactly. */
export function sumMoney(values: Iterable<Decimal.Value>): Decimal {
  let total = new Money(0);
  for (const value of values) total = total.plus(value);
  return total;
}
