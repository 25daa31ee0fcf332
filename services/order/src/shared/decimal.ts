import Decimal from 'decimal.js';
import type { ValueTransformer } from 'typeorm';

/**
 * Exact arithmetic for money and quantities. Rounding is half-up (away from
 * zero on .5), the commercial rule, and applies only where a function says
 * it rounds: intermediate results keep 40 significant digits.
 */
export const Exact = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Exact = Decimal;

/** Rounds to cents, half-up: "1.005" -> "1.01". */
export function toCents(value: Decimal.Value): string {
  return new Exact(value).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
}

/** A decimal string without insignificant zeros, but with at least `minPlaces` decimals. */
export function formatDecimal(value: Decimal.Value, minPlaces = 0): string {
  const decimal = new Exact(value);
  const plain = decimal.toFixed();
  const places = decimal.decimalPlaces();
  return places < minPlaces ? decimal.toFixed(minPlaces) : plain;
}

export function sumOf(values: readonly Decimal.Value[]): Decimal {
  return values.reduce<Decimal>((sum, value) => sum.plus(value), new Exact(0));
}

/**
 * PostgreSQL returns numeric columns as strings padded to their scale
 * ("19.9900"); this gives them back in the shape the API and events use.
 */
export function decimalColumn(minPlaces: number): ValueTransformer {
  return {
    to: (value: unknown) => value,
    from: (value: string | null) => (value == null ? value : formatDecimal(value, minPlaces)),
  };
}
