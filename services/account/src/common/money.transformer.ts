import Decimal from 'decimal.js';
import type { ValueTransformer } from 'typeorm';

/**
 * numeric columns come back from PostgreSQL as strings with the column's
 * scale ("48000.000000"); money leaves the service with two decimals.
 */
export const moneyTransformer: ValueTransformer = {
  to: (value: string | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : new Decimal(value).toFixed(2)),
};
