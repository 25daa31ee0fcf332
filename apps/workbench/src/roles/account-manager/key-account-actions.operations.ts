import { graphql } from '../../gql';

export const LogCompetitorThreat = graphql(`
  mutation LogCompetitorThreat($input: LogCompetitorThreatInput!) {
    logCompetitorThreat(input: $input) {
      id
    }
  }
`);

export const UpdateCompetitorThreat = graphql(`
  mutation UpdateCompetitorThreat($input: UpdateCompetitorThreatInput!) {
    updateCompetitorThreat(input: $input) {
      id
      status
    }
  }
`);

export const AddContact = graphql(`
  mutation AddContact($input: AddContactInput!) {
    addContact(input: $input) {
      id
    }
  }
`);

export const RecordContactInteraction = graphql(`
  mutation RecordContactInteraction($id: ID!) {
    recordContactInteraction(id: $id) {
      id
      daysSinceLastInteraction
    }
  }
`);

export const PlanTouchpoint = graphql(`
  mutation PlanTouchpoint($input: PlanTouchpointInput!) {
    planTouchpoint(input: $input) {
      id
    }
  }
`);

export const CompleteTouchpoint = graphql(`
  mutation CompleteTouchpoint($id: ID!) {
    completeTouchpoint(id: $id) {
      id
      nextDate
      status
    }
  }
`);

export const RouteServiceRequest = graphql(`
  mutation RouteServiceRequest($input: RouteServiceRequestInput!) {
    routeServiceRequest(input: $input) {
      id
    }
  }
`);

export const DraftCustomisationProposal = graphql(`
  mutation DraftCustomisationProposal($input: DraftCustomisationProposalInput!) {
    draftCustomisationProposal(input: $input) {
      id
    }
  }
`);

export const SubmitCustomisationProposal = graphql(`
  mutation SubmitCustomisationProposal($id: ID!) {
    submitCustomisationProposal(id: $id) {
      id
      status
    }
  }
`);

export const CreateCallOff = graphql(`
  mutation CreateCallOff($input: CreateCallOffInput!) {
    createCallOff(input: $input) {
      id
      orderNumber
      status
      version
    }
  }
`);

export const PlaceOrder = graphql(`
  mutation PlaceOrder($id: ID!, $version: Int!) {
    placeOrder(orderId: $id, expectedVersion: $version) {
      id
      status
      version
    }
  }
`);

export const AddRelationshipAction = graphql(`
  mutation AddRelationshipAction($input: AddRelationshipActionInput!) {
    addRelationshipAction(input: $input) {
      id
    }
  }
`);

export const UpdateRelationshipAction = graphql(`
  mutation UpdateRelationshipAction($input: UpdateRelationshipActionInput!) {
    updateRelationshipAction(input: $input) {
      id
      status
    }
  }
`);

export const SubmitAccountPlan = graphql(`
  mutation SubmitAccountPlan($planId: ID!) {
    submitAccountPlan(planId: $planId) {
      id
      status
    }
  }
`);
