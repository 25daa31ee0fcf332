import { BadInputError } from '@salesgraph/service-kit';

/** The optional `currency` argument of attainment and forecast queries. */
export const viewerCurrencyDoc =
  'Read the figures in this ISO 4217 currency (e.g. "CHF"), each converted at the rate of its date, rates shown; the target’s currency when left out.';

export const currencyCode = {
  pattern: /^[A-Z]{3}$/,
  message: 'currency must be an ISO 4217 code such as "CHF"',
};

/** A plain argument (not an args class) is not validated by class-validator: checked here, same message. */
export function viewerCurrencyOf(currency: string | null | undefined): string | undefined {
  if (currency === null || currency === undefined) return undefined;
  if (!currencyCode.pattern.test(currency)) throw new BadInputError(currencyCode.message);
  return currency;
}
