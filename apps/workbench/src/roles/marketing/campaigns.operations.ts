import { graphql } from '../../gql';

/** Marketing sees status and outcome of its leads, never the reps' notes. */
export const MarketingLeadsQuery = graphql(`
  query MarketingLeads($campaign: String) {
    leads(filter: { origin: MARKETING, campaign: $campaign }, limit: 200) {
      id
      externalId
      campaign
      company
      status
      ownerId
      mergeCount
      disqualificationReason
      opportunityStage
      capturedAt
      conversion {
        accountId
      }
    }
  }
`);
