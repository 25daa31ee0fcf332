/** One conversion behind a figure, as planning reports it (orders or opportunities). */
export interface RateUsed {
  currency: string;
  rate?: string | null;
  rateEffectiveFrom?: string | null;
  inverse: boolean;
}

/**
 * "1 CHF = 1.0412 EUR from 1 Apr 2026" for a rate the figures used, or
 * "USD: no rate, not counted"; the same rate listed by several members once.
 */
export function ratesUsed(conversions: RateUsed[], figureCurrency: string): string[] {
  const lines = conversions.map((c) => {
    if (c.rate == null) return `${c.currency}: no rate, not counted`;
    const pair = c.inverse
      ? `1 ${figureCurrency} = ${c.rate} ${c.currency}`
      : `1 ${c.currency} = ${c.rate} ${figureCurrency}`;
    return c.rateEffectiveFrom ? `${pair} from ${c.rateEffectiveFrom}` : pair;
  });
  return [...new Set(lines)].sort();
}
