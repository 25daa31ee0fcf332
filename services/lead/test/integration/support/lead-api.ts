import { randomUUID } from 'node:crypto';
import type { AuthenticatedUser } from '@salesgraph/identity';
import { expectData, type GraphQLResponse } from '@salesgraph/testing';
import type { Data, LeadSut } from './lead-fixture';

/** What a lead looks like to the tests of its life cycle. */
export const leadFields = `id status ownerId disqualificationReason opportunityStage
  conversion { accountId contactId opportunityId accountConfirmedAt } account { id } history { eventType }`;

/** The GraphQL calls the life-cycle tests make, as the gateway would make them for `user`. */
export class LeadApi {
  constructor(private readonly sut: LeadSut) {}

  gql(
    user: AuthenticatedUser,
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GraphQLResponse<Data>> {
    return this.sut.query<Data>(user, query, variables);
  }

  async lead(user: AuthenticatedUser, id: string): Promise<Data> {
    return expectData(
      await this.gql(user, `query($id: ID!) { lead(id: $id) { ${leadFields} } }`, { id }),
    ).lead;
  }

  /** A lead the user enters themselves (a German medium-sized company). */
  async create(user: AuthenticatedUser): Promise<string> {
    const input = {
      company: `Acme ${randomUUID()}`,
      contactName: 'Jo Buyer',
      segment: 'MEDIUM',
      country: 'DE',
    };
    const response = await this.gql(
      user,
      'mutation($i: CreateLeadInput!) { createLead(input: $i) { id } }',
      { i: input },
    );
    return expectData(response).createLead.id;
  }

  /** A status step taking only the lead's id: markLeadContacted, qualifyLead. */
  step(user: AuthenticatedUser, mutation: string, id: string): Promise<GraphQLResponse<Data>> {
    return this.gql(user, `mutation($id: ID!) { ${mutation}(id: $id) { id status } }`, { id });
  }

  async qualified(user: AuthenticatedUser): Promise<string> {
    const id = await this.create(user);
    expectData(await this.step(user, 'markLeadContacted', id));
    expectData(await this.step(user, 'qualifyLead', id));
    return id;
  }

  convert(user: AuthenticatedUser, id: string): Promise<GraphQLResponse<Data>> {
    const input = {
      opportunity: { amount: '18000.00' },
      industry: 'Packaging',
      contactTitle: 'Head of Purchasing',
    };
    return this.gql(
      user,
      `mutation($id: ID!, $i: ConvertLeadInput!) { convertLead(id: $id, input: $i) { ${leadFields} } }`,
      {
        id,
        i: input,
      },
    );
  }

  async createRule(manager: AuthenticatedUser, input: Record<string, unknown>): Promise<string> {
    const mutation =
      'mutation($i: AssignmentRuleInput!) { createLeadAssignmentRule(input: $i) { id } }';
    return expectData(await this.gql(manager, mutation, { i: input })).createLeadAssignmentRule.id;
  }
}
