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

export const DealQuotesQuery = graphql(`
  query DealQuotes($opportunityId: ID!) {
    quotes(opportunityId: $opportunityId) {
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
