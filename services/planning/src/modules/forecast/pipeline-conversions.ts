import { formatMoney, sumOf } from '@salesgraph/service-kit';
import type { PipelineRow } from './pipeline-figures';

/** Opportunities of one currency converted at one rate (rate null: not convertible, not counted). */
export interface PipelineConversionRow {
  currency: string;
  rate: string | null;
  rateEffectiveFrom: string | null;
  inverse: boolean;
  opportunities: number;
  /** In their currency, unweighted. */
  amount: string;
  /** Converted, unweighted; null without a rate. */
  converted: string | null;
}

/**
 * What a forecast's pipeline in foreign currencies is made of, one row per
 * currency and rate, by currency then rate date (no rate first), as
 * attainment lists its orders. Opportunities in the figures' currency need no
 * row.
 */
export function pipelineConversions(
  rows: PipelineRow[],
  currency: string,
): PipelineConversionRow[] {
  const groups = new Map<string, PipelineRow[]>();
  for (const row of rows) {
    if (row.currency === currency) continue;
    const key = `${row.currency}|${row.rateEffectiveFrom ?? ''}|${row.inverse}|${row.rate ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return [...groups.values()]
    .map((group) => {
      const [first] = group;
      return {
        currency: first.currency,
        rate: first.rate,
        rateEffectiveFrom: first.rateEffectiveFrom,
        inverse: first.inverse,
        opportunities: group.length,
        amount: formatMoney(sumOf(group.map((r) => r.amount))),
        converted: first.rate === null ? null : formatMoney(sumOf(group.map((r) => r.converted!))),
      };
    })
    .sort(
      (a, b) =>
        a.currency.localeCompare(b.currency) ||
        (a.rateEffectiveFrom ?? '').localeCompare(b.rateEffectiveFrom ?? ''),
    );
}
