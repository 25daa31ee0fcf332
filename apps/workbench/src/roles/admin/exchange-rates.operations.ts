import { graphql } from '../../gql';

/** The exchange-rate table, every rate of every pair with its history (planning). */
export const ExchangeRatesQuery = graphql(`
  query ExchangeRates($currency: String) {
    exchangeRates(currency: $currency) {
      id
      baseCurrency
      quoteCurrency
      effectiveFrom
      rate
      source
      setBy
      updatedAt
      history {
        eventId
        actorId
        occurredAt
        data
      }
    }
  }
`);

export const SetExchangeRate = graphql(`
  mutation SetExchangeRate($input: SetExchangeRateInput!) {
    setExchangeRate(input: $input) {
      id
      baseCurrency
      quoteCurrency
      effectiveFrom
      rate
    }
  }
`);
