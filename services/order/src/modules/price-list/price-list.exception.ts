import { BadInputError, NotFoundError } from '@salesgraph/service-kit';

/** Refusals of price lists, each with a message for the person who keeps them. */
export const PriceListException = {
  notFound: (id: string) => new NotFoundError('PriceList', id),
  forWhom: () =>
    new BadInputError(
      'A price list is for one account (accountId) or one segment (segment): name exactly one.',
      {
        field: 'accountId',
      },
    ),
  validity: (validFrom: string, validTo: string) =>
    new BadInputError(`The price list would end (${validTo}) before it starts (${validFrom}).`, {
      field: 'validTo',
    }),
  duplicate: (productId: string) =>
    new BadInputError(
      `Product ${productId} is in the price list twice: keep one entry per product.`,
      {
        field: 'entries',
        productId,
      },
    ),
  unknownProduct: (productId: string) =>
    new BadInputError(`Product ${productId} is not in the catalogue.`, {
      field: 'entries',
      productId,
    }),
};
