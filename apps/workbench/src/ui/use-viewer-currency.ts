import { useCallback, useState } from 'react';
import { rememberCurrency, rememberedCurrency } from './viewer-currency';

const store = () => (typeof window === 'undefined' ? undefined : window.localStorage);

/** The viewer's currency (null: each target's own) and a way to change it, remembered across visits. */
export function useViewerCurrency(): [string | null, (currency: string | null) => void] {
  const [currency, setCurrency] = useState(() => rememberedCurrency(store()));
  const choose = useCallback((next: string | null) => {
    rememberCurrency(store(), next);
    setCurrency(next);
  }, []);
  return [currency, choose];
}
