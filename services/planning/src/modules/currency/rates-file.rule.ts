/**
 * rates-file-v1: reads a rates file an admin imports. CSV, one rate a line:
 *
 *   effective_from,base_currency,quote_currency,rate
 *   2026-04-01,CHF,EUR,1.0412
 *
 * The header is optional; blank lines and lines starting with # are skipped;
 * a rate is positive with at most 10 decimals. Pure: every line is checked
 * and every problem reported with its line number, so an import takes the
 * whole file or nothing.
 */
export const RATES_FILE_VERSION = 'rates-file-v1';

export interface RateRow {
  line: number;
  effectiveFrom: string;
  baseCurrency: string;
  quoteCurrency: string;
  rate: string;
}

export interface RatesFile {
  rows: RateRow[];
  problems: string[];
}

const header = /^effective_from\s*,\s*base_currency\s*,\s*quote_currency\s*,\s*rate$/i;
const currency = /^[A-Z]{3}$/;
const rate = /^\d{1,9}(\.\d{1,10})?$/;

export function readRatesFile(text: string): RatesFile {
  const rows: RateRow[] = [];
  const problems: string[] = [];
  const seen = new Map<string, number>();
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const content = raw.trim();
    if (!content || content.startsWith('#') || (rows.length === 0 && header.test(content))) return;
    const cells = content.split(',').map((cell) => cell.trim());
    if (cells.length !== 4) {
      problems.push(
        `line ${line}: expected 4 values (date,base,quote,rate), found ${cells.length}`,
      );
      return;
    }
    const [effectiveFrom, baseCurrency, quoteCurrency, value] = cells;
    const problem = problemOf(effectiveFrom, baseCurrency, quoteCurrency, value);
    if (problem) {
      problems.push(`line ${line}: ${problem}`);
      return;
    }
    const key = `${baseCurrency}/${quoteCurrency}@${effectiveFrom}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      problems.push(`line ${line}: ${key} is already on line ${earlier}`);
      return;
    }
    seen.set(key, line);
    rows.push({ line, effectiveFrom, baseCurrency, quoteCurrency, rate: value });
  });
  return { rows, problems };
}

/** Why one rate cannot be kept, or null: the same checks for a file's line and a rate set by hand. */
export function problemOf(
  effectiveFrom: string,
  baseCurrency: string,
  quoteCurrency: string,
  value: string,
): string | null {
  if (!isCalendarDate(effectiveFrom)) return `"${effectiveFrom}" is not a date such as 2026-04-01`;
  if (!currency.test(baseCurrency)) return `"${baseCurrency}" is not an ISO 4217 code such as EUR`;
  if (!currency.test(quoteCurrency))
    return `"${quoteCurrency}" is not an ISO 4217 code such as EUR`;
  if (baseCurrency === quoteCurrency) return `a rate needs two different currencies`;
  if (!rate.test(value) || !/[1-9]/.test(value))
    return `"${value}" is not a positive rate with at most 10 decimals`;
  return null;
}

function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
