/** An ExchangeRateSet event as a rate's history lists it. */
export interface RateHistoryEntry {
  actorId?: string | null;
  occurredAt: string;
  data: Record<string, unknown>;
}

/** "1.0412 → 1.0650 (manual, by u-admin)" : what one change of a rate did, for the history list. */
export function rateChange(entry: RateHistoryEntry): string {
  const { rate, previousRate, source } = entry.data;
  const change = previousRate
    ? `${String(previousRate)} → ${String(rate)}`
    : `set to ${String(rate)}`;
  const by = entry.actorId ? `, by ${entry.actorId}` : '';
  return `${change} (${String(source ?? 'unknown source')}${by})`;
}

/** The pairs of a rate list, "CHF/EUR", in the order the table lists them. */
export function pairsOf(rates: Array<{ baseCurrency: string; quoteCurrency: string }>): string[] {
  return [...new Set(rates.map((r) => `${r.baseCurrency}/${r.quoteCurrency}`))];
}
