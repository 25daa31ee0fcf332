import type { ValueTransformer } from 'typeorm';
import { formatMoney } from './money';

/**
 * numeric(21,6) columns read back as "60000.000000"; the Decimal scalar and
 * the events show money as "60000.00". Exact either way: only trailing
 * zeros beyond the cents are dropped.
 */
export const moneyColumn: ValueTransformer = {
  to: (value: string | null | undefined) => value,
  from: (value: string | null) => (value == null ? value : formatMoney(value)),
};
