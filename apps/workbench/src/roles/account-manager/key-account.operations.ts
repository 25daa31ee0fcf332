import { graphql } from '../../gql';

export const KeyAccountsQuery = graphql(`
  query KeyAccounts {
    accounts(tier: KEY, limit: 200) {
      id
      name
      segment
      status
      ownerId
      health {
        score
        status
      }
      revenue {
        booked
        invoiced
        currency
      }
    }
  }
`);

/** The key-account view across all four subgraphs: the README's query, and what the actions need. */
export const KeyAccountQuery = graphql(`
  query KeyAccount($id: ID!) {
    account(id: $id) {
      id
      name
      tier
      segment
      status
      industry
      ownerId
      contacts {
        id
        name
        title
        email
        buyingRole
        influence
        relationshipStrength
        daysSinceLastInteraction
      }
      coverage {
        coldAfterDays
        missingRoles
        coveredRoles
        complete
        coldContacts {
          contact {
            id
            name
          }
          daysSinceInteraction
        }
      }
      competitorThreats {
        id
        competitor
        threatLevel
        status
        notes
        loggedAt
        product {
          id
          sku
        }
      }
      health {
        score
        status
        assessedAt
        reasons {
          code
          message
          impact
        }
      }
      contracts {
        id
        contractNumber
        status
        startDate
        endDate
        currency
        version
        commitments {
          productId
          product {
            id
            sku
            name
          }
          measure
          price
          committed
          consumed
          remaining
          consumedPercent
          expectedByNow
          behindPace
        }
      }
      orders(limit: 50) {
        id
        orderNumber
        kind
        status
        totalNet
        currency
        margin
        version
        createdAt
      }
      revenue {
        booked
        invoiced
        margin
        marginPercent
        currency
      }
      plan {
        id
        year
        status
        currency
        version
        returnReason
        planVsActual {
          productId
          product {
            sku
            name
          }
          revenueTarget
          actualRevenue
          expectedByNow
          attainmentPercent
          behindPace
        }
        relationshipActions {
          id
          description
          ownerId
          dueDate
          status
          origin
        }
      }
      serviceRequests(openOnly: false) {
        id
        department
        title
        priority
        status
        dueDate
        overdue
      }
      communicationPlan {
        id
        channel
        cadence
        purpose
        nextDate
        overdue
        status
        contact {
          id
          name
        }
      }
      customisationProposals {
        id
        requestedChange
        value
        currency
        status
        decisionNote
        product {
          id
          sku
          name
        }
      }
    }
    products(limit: 200) {
      id
      sku
      name
    }
  }
`);
