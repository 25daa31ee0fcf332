// The currency a manager reads figures in, remembered in this browser only
// (a display preference, not personal data; nothing is sent anywhere but as
// the `currency` argument of the planning queries).

export const viewerCurrencyKey = 'salesgraph.viewerCurrency';

/** The choices the picker offers; "" is each target's own currency. */
export const viewerCurrencies = ['', 'EUR', 'CHF', 'GBP', 'USD', 'SEK', 'PLN'] as const;

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The remembered currency, or null (the target's) when none, or when what is stored is not an ISO code. */
export function rememberedCurrency(store: Store | undefined): string | null {
  const value = safely(() => store?.getItem(viewerCurrencyKey)) ?? null;
  return value && /^[A-Z]{3}$/.test(value) ? value : null;
}

export function rememberCurrency(store: Store | undefined, currency: string | null): void {
  safely(() =>
    currency ? store?.setItem(viewerCurrencyKey, currency) : store?.removeItem(viewerCurrencyKey),
  );
}

/** Private windows may refuse storage: the picker then simply forgets. */
function safely<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}
