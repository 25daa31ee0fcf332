import Decimal from 'decimal.js';

/**
 * Exact arithmetic for money and quantities, once for every service.
 * decimal.js keeps 20 significant digits by default, fewer than a
 * numeric(21,6) amount times a quantity needs: this clone keeps 40. Rounding
 * is half-up (away from zero on .5), the commercial rule, and happens only
 * where a function says it rounds.
 */
export const Exact = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Exact = Decimal;
export type DecimalValue = Decimal.Value;

/** Rounds to cents, half-up: "1.005" -> "1.01". */
export function toCents(value: DecimalValue): string {
  return new Exact(value).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
}

/** A decimal string without insignificant zeros, but with at least `minPlaces` decimals. */
export function formatDecimal(value: DecimalValue, minPlaces = 0): string {
  const decimal = exact(value);
  return decimal.decimalPlaces() < minPlaces ? decimal.toFixed(minPlaces) : decimal.toFixed();
}

/**
 * `value` as an Exact: itself when it is one (a Decimal never changes), else a new one. Money is
 * formatted for every money field of every answer (formatMoney 4.1 % of planning's CPU under the
 * key-account query), and copying values already exact made two of its three Decimals.
 */
function exact(value: DecimalValue): Exact {
  return value instanceof Exact ? value : new Exact(value);
}

/**
 * Money as the Decimal scalar and the events carry it: exact, with at least
 * 2 and at most 6 decimals ("60000.000000" -> "60000.00").
 */
export function formatMoney(value: DecimalValue): string {
  return formatDecimal(exact(value).toDecimalPlaces(6), 2);
}

/** The exact sum of decimal values. */
export function sumOf(values: Iterable<DecimalValue>): Exact {
  let total = new Exact(0);
  for (const value of values) total = total.plus(value);
  return total;
}

/** `part` as a percentage of `whole`, to 2 decimals; null when the whole is zero. */
export function percentage(part: DecimalValue, whole: DecimalValue): string | null {
  const base = new Exact(whole);
  if (base.isZero()) return null;
  return new Exact(part).times(100).dividedBy(base).toFixed(2);
}
