import { graphql } from '../../gql';

export const OrderQueuesQuery = graphql(`
  query OrderQueues {
    orderQueues(limit: 50) {
      status
      action
      serviceLevel
      businessDays
      total
      overdue
      entries {
        since
        ageMinutes
        dueAt
        overdue
        order {
          id
          orderNumber
          kind
          status
          version
          totalNet
          currency
          account {
            id
            name
          }
        }
      }
    }
  }
`);

// The coordinator's moves; each carries the version last read (optimistic locking).
export const ConfirmOrder = graphql(`
  mutation ConfirmOrder($id: ID!, $version: Int!) {
    confirmOrder(orderId: $id, expectedVersion: $version) {
      id
      status
      version
    }
  }
`);

export const FulfilOrder = graphql(`
  mutation FulfilOrder($id: ID!, $version: Int!) {
    fulfilOrder(orderId: $id, expectedVersion: $version) {
      id
      status
      version
    }
  }
`);

export const InvoiceOrder = graphql(`
  mutation InvoiceOrder($id: ID!, $version: Int!) {
    invoiceOrder(orderId: $id, expectedVersion: $version) {
      id
      status
      version
    }
  }
`);

export const CancelOrder = graphql(`
  mutation CancelOrder($id: ID!, $version: Int!, $reason: String!) {
    cancelOrder(orderId: $id, expectedVersion: $version, reason: $reason) {
      id
      status
      version
    }
  }
`);
