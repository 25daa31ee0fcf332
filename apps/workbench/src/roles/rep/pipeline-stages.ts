// The board's columns and their sums. Amounts are Decimal strings: summed in
// cents as integers so that a column total is exact.

export const openStages = ['PROSPECTING', 'QUALIFICATION', 'PROPOSAL', 'NEGOTIATION'] as const;
export const boardStages = [...openStages, 'WON', 'LOST'] as const;
export type BoardStage = (typeof boardStages)[number];

export interface BoardDeal {
  id: string;
  stage: string;
  amount: string;
  probability: number;
}

/** "1234.5" -> 123450 */
export function toCents(amount: string): number {
  const [whole, fraction = ''] = amount.split('.');
  const sign = whole.startsWith('-') ? -1 : 1;
  return sign * (Math.abs(Number(whole)) * 100 + Number(fraction.padEnd(2, '0').slice(0, 2)));
}

export function fromCents(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

export interface ColumnTotals {
  count: number;
  amount: string;
  /** amount × probability, rounded to cents: what the forecast counts. */
  weighted: string;
}

export function columnTotals(deals: BoardDeal[], stage: string): ColumnTotals {
  const inStage = deals.filter((d) => d.stage === stage);
  const cents = inStage.map((d) => toCents(d.amount));
  return {
    count: inStage.length,
    amount: fromCents(cents.reduce((a, b) => a + b, 0)),
    weighted: fromCents(
      inStage.reduce((sum, d, i) => sum + Math.round((cents[i] * d.probability) / 100), 0),
    ),
  };
}

/** Which mutation a move is: another open stage, won, lost (needs a reason), or nothing. */
export function moveKind(from: string, to: string): 'move' | 'win' | 'lose' | 'none' {
  if (from === to) return 'none';
  if (to === 'WON') return 'win';
  if (to === 'LOST') return 'lose';
  return 'move';
}
