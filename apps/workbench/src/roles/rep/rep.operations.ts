import { graphql } from '../../gql';

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

export const MarkLeadContacted = graphql(`
  mutation MarkLeadContacted($id: ID!) {
    markLeadContacted(id: $id) {
      id
      status
    }
  }
`);

export const LogLeadActivity = graphql(`
  mutation LogLeadActivity($leadId: ID!, $input: LogLeadActivityInput!) {
    logLeadActivity(leadId: $leadId, input: $input) {
      id
      nextFollowUpAt
    }
  }
`);

export const QualifyLead = graphql(`
  mutation QualifyLead($id: ID!) {
    qualifyLead(id: $id) {
      id
      status
    }
  }
`);

export const DisqualifyLead = graphql(`
  mutation DisqualifyLead($id: ID!, $reason: String!) {
    disqualifyLead(id: $id, input: { reason: $reason }) {
      id
      status
      disqualificationReason
    }
  }
`);

export const ConvertLead = graphql(`
  mutation ConvertLead($id: ID!, $input: ConvertLeadInput!) {
    convertLead(id: $id, input: $input) {
      id
      status
      conversion {
        accountId
        opportunityId
      }
    }
  }
`);

export const MoveOpportunity = graphql(`
  mutation MoveOpportunity($id: ID!, $stage: OpportunityStage!) {
    moveOpportunity(id: $id, input: { stage: $stage }) {
      id
      stage
      probability
      version
    }
  }
`);

export const WinOpportunity = graphql(`
  mutation WinOpportunity($id: ID!) {
    winOpportunity(id: $id) {
      id
      stage
      probability
    }
  }
`);

export const LoseOpportunity = graphql(`
  mutation LoseOpportunity($id: ID!, $reason: String!) {
    loseOpportunity(id: $id, input: { reason: $reason }) {
      id
      stage
      lostReason
    }
  }
`);
