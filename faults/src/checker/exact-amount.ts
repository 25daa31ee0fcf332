/**
 * Exact sums of PostgreSQL numerics and event decimals, as integers of
 * millionths: the checker compares money to the cent and beyond, never as
 * floating point. Every amount in the platform has at most 6 decimals.
 */
const SCALE = 6;
const FACTOR = 10n ** BigInt(SCALE);

export function toMicros(value: string | number | null | undefined): bigint {
  if (value === null || value === undefined || value === '') return 0n;
  const text = String(value).trim();
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) throw new Error(`not a decimal amount: "${text}"`);
  const [, sign, whole, fraction = ''] = match;
  if (fraction.length > SCALE && /[1-9]/.test(fraction.slice(SCALE)))
    throw new Error(`more than ${SCALE} decimals: "${text}"`);
  const micros = BigInt(whole) * FACTOR + BigInt(fraction.slice(0, SCALE).padEnd(SCALE, '0'));
  return sign === '-' ? -micros : micros;
}

/** The amount with two decimals when it has no more, else all six (never rounded). */
export function formatMicros(micros: bigint): string {
  const sign = micros < 0n ? '-' : '';
  const abs = micros < 0n ? -micros : micros;
  const whole = abs / FACTOR;
  const fraction = (abs % FACTOR)
    .toString()
    .padStart(SCALE, '0')
    .replace(/0{1,4}$/, '');
  return `${sign}${whole}.${fraction.padEnd(2, '0')}`;
}

export function sumMicros(values: Iterable<string | number | null | undefined>): bigint {
  let total = 0n;
  for (const value of values) total += toMicros(value);
  return total;
}
