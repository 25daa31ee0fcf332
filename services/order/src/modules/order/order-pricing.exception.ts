import { BadInputError } from '@salesgraph/service-kit';

/** Refusals of line pricing: a price that cannot be found. */
export const OrderPricingException = {
  priceNeeded: (currency: string, catalogueCurrency: string, productIds: string[]) =>
    new BadInputError(
      `The catalogue's list prices are in ${catalogueCurrency} and no price list in ${currency} has ${productIds.join(', ')}: give a unitPrice on those lines (a quote or order in ${currency} needs a price on every line).`,
      { field: 'lines', productIds },
    ),
};
