import { graphql } from '../../gql';

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
