import { CurrencyConversionOf, type CurrencyConversionFields } from '@salesgraph/service-kit';

/** What a converted figure is made of: the same shape as order's RevenueConversion. */
export const CurrencyConversion = CurrencyConversionOf('CurrencyConversion', 'figure currency');
export type CurrencyConversion = CurrencyConversionFields;
