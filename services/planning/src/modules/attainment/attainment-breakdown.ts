import type { Figures, KeyedFigures } from './attainment-figures';
import { formatMoney, Exact } from '@salesgraph/service-kit';

export interface SplitTarget {
  key: string;
  /** Null when the target is in another currency that has no rate (target and gap stay null). */
  amount: string | null;
}

export interface BreakdownRow extends Figures {
  key: string;
  target: string | null;
  gap: string | null;
}

const zero: Figures = { booked: '0', bookedMargin: '0', invoiced: '0' };

/**
 * Puts the target's splits beside what was sold: every split appears (with
 * zero sales if nothing was sold yet), every sold key appears (without a
 * target if it has no split). Keys match case-insensitively, as splits are
 * validated; a sold row keeps the spelling of the order data.
 */
export function mergeWithSplits(sold: KeyedFigures[], splits: SplitTarget[]): BreakdownRow[] {
  const byKey = new Map<string, BreakdownRow>();
  for (const row of sold)
    byKey.set(row.key.toLowerCase(), { ...money(row), key: row.key, target: null, gap: null });
  for (const split of splits) {
    const normal = split.key.toLowerCase();
    const row = byKey.get(normal) ?? { ...money(zero), key: split.key, target: null, gap: null };
    if (split.amount !== null) {
      row.target = formatMoney(split.amount);
      row.gap = formatMoney(new Exact(split.amount).minus(row.booked));
    }
    byKey.set(normal, row);
  }
  return [...byKey.values()].sort((a, b) => a.key.localeCompare(b.key));
}

/** Figures as the Decimal scalar shows money. */
export function money<T extends Figures>(figures: T): T {
  return {
    ...figures,
    booked: formatMoney(figures.booked),
    bookedMargin: formatMoney(figures.bookedMargin),
    invoiced: formatMoney(figures.invoiced),
  };
}
