import { CurrencyConversionOf, type CurrencyConversionFields } from '@salesgraph/service-kit';

/** What a converted revenue figure is made of: the same shape as planning's CurrencyConversion. */
export const RevenueConversion = CurrencyConversionOf('RevenueConversion', 'revenue currency');
export type RevenueConversion = CurrencyConversionFields;
