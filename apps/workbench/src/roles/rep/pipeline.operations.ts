import { graphql } from '../../gql';

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
