import { graphql } from '../../gql';

export const MyTeamsQuery = graphql(`
  query MyTeams {
    salesTeams {
      id
      name
      members {
        userId
        role
      }
    }
  }
`);

export const TeamFiguresQuery = graphql(`
  query TeamFigures($teamId: ID!, $currency: String) {
    teamAttainment(teamId: $teamId, periodKind: QUARTER, currency: $currency) {
      userId
      periodStart
      periodEnd
      currency
      target
      booked
      invoiced
      gap
      attainmentPercent
      targetConversion {
        currency
        amount
        rate
        rateEffectiveFrom
        rateDate
        inverse
      }
      conversions {
        currency
        rate
        rateEffectiveFrom
        inverse
        orders
        booked
        bookedConverted
      }
    }
    teamForecast(teamId: $teamId, periodKind: QUARTER, currency: $currency) {
      userId
      currency
      booked
      weightedPipeline
      openOpportunities
      forecast
      target
      pipelineConversions {
        currency
        rate
        rateEffectiveFrom
        inverse
        opportunities
        amount
        converted
      }
    }
  }
`);

export const UnassignedLeadsQuery = graphql(`
  query UnassignedLeads {
    unassignedLeads(limit: 100) {
      id
      company
      contactName
      country
      segment
      campaign
      unassignedReason
      capturedAt
    }
  }
`);

export const AssignLead = graphql(`
  mutation AssignLead($id: ID!, $input: AssignLeadInput!) {
    assignLead(id: $id, input: $input) {
      id
      ownerId
      status
    }
  }
`);

export const SetRevenueTarget = graphql(`
  mutation SetRevenueTarget($input: SetRevenueTargetInput!) {
    setRevenueTarget(input: $input) {
      id
      repId
      amount
    }
  }
`);

export const TeamAccountsQuery = graphql(`
  query TeamAccounts {
    standard: accounts(tier: STANDARD, limit: 200) {
      id
      name
      ownerId
      segment
    }
    key: accounts(tier: KEY, limit: 200) {
      id
      name
      ownerId
      health {
        score
        status
        reasons {
          code
          message
        }
      }
    }
  }
`);

export const DesignateKeyAccount = graphql(`
  mutation DesignateKeyAccount($input: DesignateKeyAccountInput!) {
    designateKeyAccount(input: $input) {
      id
      tier
      ownerId
    }
  }
`);

export const SubmittedPlansQuery = graphql(`
  query SubmittedPlans {
    accountPlans(status: SUBMITTED) {
      id
      year
      status
      currency
      accountManagerId
      objectives
      account {
        id
        name
      }
      productTargets {
        productId
        revenue
        margin
        product {
          sku
        }
      }
    }
  }
`);

export const ApproveAccountPlan = graphql(`
  mutation ApproveAccountPlan($planId: ID!) {
    approveAccountPlan(planId: $planId) {
      id
      status
    }
  }
`);

export const ReturnAccountPlan = graphql(`
  mutation ReturnAccountPlan($planId: ID!, $reason: String!) {
    returnAccountPlan(planId: $planId, reason: $reason) {
      id
      status
    }
  }
`);
