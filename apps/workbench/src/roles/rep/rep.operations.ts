import { graphql } from '../../gql';

/** What the rep's panels read. */
export const OverdueFollowUpsQuery = graphql(`
  query OverdueFollowUps {
    me {
      id
      overdueFollowUps(limit: 50) {
        id
        company
        contactName
        status
        nextFollowUpAt
      }
    }
  }
`);

export const MyLeadsQuery = graphql(`
  query MyLeads {
    me {
      id
      leads(limit: 200) {
        id
        company
        contactName
        email
        phone
        country
        source
        campaign
        status
        nextFollowUpAt
        capturedAt
        disqualificationReason
      }
    }
  }
`);

export const LeadDetailQuery = graphql(`
  query LeadDetail($id: ID!) {
    lead(id: $id) {
      id
      company
      contactName
      email
      phone
      country
      status
      nextFollowUpAt
      activities {
        id
        type
        outcome
        notes
        visitReport
        occurredAt
        nextFollowUpAt
      }
    }
  }
`);

export const MyPipelineQuery = graphql(`
  query MyPipeline {
    me {
      id
      opportunities(limit: 200) {
        id
        name
        stage
        amount
        currency
        probability
        expectedCloseDate
        account {
          id
          name
        }
      }
    }
    opportunityStageProbabilities {
      stage
      default
      min
      max
    }
  }
`);

export const MyOrdersQuery = graphql(`
  query MyOrders {
    me {
      id
      orders(limit: 50) {
        id
        orderNumber
        status
        kind
        totalNet
        currency
        createdAt
        account {
          id
          name
        }
      }
    }
  }
`);

export const MyQuarterQuery = graphql(`
  query MyQuarter {
    me {
      id
      attainment(periodKind: QUARTER) {
        periodStart
        periodEnd
        currency
        target
        booked
        invoiced
        gap
        attainmentPercent
        byProductLine {
          productLine
          target
          booked
          invoiced
        }
      }
    }
  }
`);
