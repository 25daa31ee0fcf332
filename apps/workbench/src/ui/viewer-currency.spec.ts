import { rememberCurrency, rememberedCurrency, viewerCurrencyKey } from './viewer-currency';

function memoryStore() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
  };
}

describe('the viewer’s currency, remembered in the browser', () => {
  it('remembers a chosen currency and forgets it for the target’s own', () => {
    const store = memoryStore();
    expect(rememberedCurrency(store)).toBeNull();
    rememberCurrency(store, 'CHF');
    expect(store.items.get(viewerCurrencyKey)).toBe('CHF');
    expect(rememberedCurrency(store)).toBe('CHF');
    rememberCurrency(store, null);
    expect(rememberedCurrency(store)).toBeNull();
  });

  it('ignores what is not an ISO code, and storage that refuses', () => {
    const store = memoryStore();
    store.items.set(viewerCurrencyKey, 'Swiss francs');
    expect(rememberedCurrency(store)).toBeNull();
    const refusing = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
      removeItem: () => undefined,
    };
    expect(rememberedCurrency(refusing)).toBeNull();
    expect(() => rememberCurrency(refusing, 'EUR')).not.toThrow();
  });
});
