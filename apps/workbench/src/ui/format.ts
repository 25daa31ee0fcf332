// Display formats. Money and quantities arrive as Decimal strings ("1234.50"):
// they are formatted, never summed here with floating point where it matters.

const locale = 'en-GB';

/** PURCHASING_MANAGER -> "Purchasing manager". */
export function humanize(constant: string): string {
  const words = constant.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function money(amount: string | null | undefined, currency = 'EUR'): string {
  if (amount == null) return '—';
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    maximumFractionDigits: 2,
  }).format(Number(amount));
}

export function quantity(amount: string | null | undefined): string {
  if (amount == null) return '—';
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 3 }).format(Number(amount));
}

export function percent(value: string | number | null | undefined): string {
  if (value == null) return '—';
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(Number(value))} %`;
}

/** "2026-03-31" or an ISO date-time -> "31 Mar 2026". */
export function day(value: string | null | undefined): string {
  if (!value) return '—';
  const date = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

export function dateTime(value: string | null | undefined): string {
  if (!value) return '—';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(value),
  );
}

/** 135 -> "2 h 15 min"; 3000 -> "2 d 2 h". */
export function age(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  if (days === 0) return `${hours} h ${minutes % 60} min`;
  return hours ? `${days} d ${hours} h` : `${days} d`;
}

/** Today in UTC as YYYY-MM-DD, plus `days`. */
export function isoDay(days = 0, from = new Date()): string {
  const date = new Date(from.getTime() + days * 86_400_000);
  return date.toISOString().slice(0, 10);
}

/** The first day of the quarter of `at`, as the planning service names periods. */
export function quarterStart(at = new Date()): string {
  const month = Math.floor(at.getUTCMonth() / 3) * 3;
  return `${at.getUTCFullYear()}-${String(month + 1).padStart(2, '0')}-01`;
}
