import { graphql } from '../../../gql';

/** The deal a quote is made from: its account, currency and products of interest. */
export const DealForQuoteQuery = graphql(`
  query DealForQuote($id: ID!) {
    opportunity(id: $id) {
      id
      name
      accountId
      currency
      amount
      stage
      products {
        productId
        quantity
        product {
          id
          name
          sku
        }
      }
    }
  }
`);

/** A line as the quote card shows it: product, price, discount, where the price came from. */
export const QuoteLineFields = graphql(`
  fragment QuoteLineFields on QuoteLine {
    lineNumber
    productId
    sku
    productName
    quantity
    unitPrice
    discountPercent
    priceSource
    priceListId
    netAmount
  }
`);

/**
 * One page of a deal's quotes, newest first. The page size is written here,
 * not sent as a variable: the gateway's cost limit test measures it (20
 * quotes of up to 200 lines each cost about 40,000; unpaged they cost 403,401
 * and the gateway refused the screen).
 */
export const DealQuotesQuery = graphql(`
  query DealQuotes($opportunityId: ID!, $offset: Int! = 0) {
    quotes(opportunityId: $opportunityId, limit: 20, offset: $offset) {
      id
      version
      quoteNumber
      status
      currency
      currentVersion
      sentAt
      acceptedAt
      rejectedAt
      rejectionReason
      orderId
      current {
        versionNumber
        validUntil
        terms
        totalNet
        lines {
          ...QuoteLineFields
        }
      }
    }
  }
`);

export const QuoteDocumentQuery = graphql(`
  query QuoteDocument($id: ID!) {
    quote(id: $id) {
      id
      document
    }
  }
`);

export const CreateQuote = graphql(`
  mutation CreateQuote($input: CreateQuoteInput!) {
    createQuote(input: $input) {
      id
      quoteNumber
    }
  }
`);

export const ReviseQuote = graphql(`
  mutation ReviseQuote($input: ReviseQuoteInput!) {
    reviseQuote(input: $input) {
      id
      version
      status
      currentVersion
    }
  }
`);

export const SendQuote = graphql(`
  mutation SendQuote($quoteId: ID!, $expectedVersion: Int!) {
    sendQuote(quoteId: $quoteId, expectedVersion: $expectedVersion) {
      id
      version
      status
    }
  }
`);

export const AcceptQuote = graphql(`
  mutation AcceptQuote($quoteId: ID!, $expectedVersion: Int!, $note: String) {
    acceptQuote(quoteId: $quoteId, expectedVersion: $expectedVersion, note: $note) {
      id
      version
      status
      orderId
    }
  }
`);

export const RejectQuote = graphql(`
  mutation RejectQuote($quoteId: ID!, $expectedVersion: Int!, $note: String) {
    rejectQuote(quoteId: $quoteId, expectedVersion: $expectedVersion, note: $note) {
      id
      version
      status
    }
  }
`);
