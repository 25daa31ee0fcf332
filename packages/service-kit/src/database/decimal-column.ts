import type { ValueTransformer } from 'typeorm';
import { formatDecimal, formatMoney } from '../domain/decimal';

/**
 * PostgreSQL returns numeric columns as strings padded to their scale
 * ("19.9900"); these give them back in the shape the API and the events use.
 * Exact either way: only trailing zeros are dropped.
 */
export function decimalColumn(minPlaces: number): ValueTransformer {
  return {
    to: (value: unknown) => value,
    from: (value: string | null) => (value == null ? value : formatDecimal(value, minPlaces)),
  };
}

/** Money: at least 2 and at most 6 decimals ("60000.000000" -> "60000.00"). */
export const moneyColumn: ValueTransformer = {
  to: (value: unknown) => value,
  from: (value: string | null) => (value == null ? value : formatMoney(value)),
};
