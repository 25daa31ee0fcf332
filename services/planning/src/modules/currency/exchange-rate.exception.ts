import { BadInputError } from '@salesgraph/service-kit';

/** Refusals of the exchange-rate table, each with a message for the admin who keeps it. */
export const ExchangeRateException = {
  invalid: (problem: string) => new BadInputError(`The exchange rate was not kept: ${problem}.`),
  invalidFile: (problems: string[]) =>
    new BadInputError(
      `The rates file was not imported (nothing was changed): ${problems.slice(0, 20).join('; ')}${
        problems.length > 20 ? `; and ${problems.length - 20} more` : ''
      }.`,
      { problems },
    ),
  emptyFile: () => new BadInputError('The rates file holds no rates: nothing was imported.'),
};
