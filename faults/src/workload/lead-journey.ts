import { DemoProducts } from '@salesgraph/demo-data';
import { DemoUsers, type AuthenticatedUser } from '@salesgraph/identity';
import type { PublishedLead } from './marketing-publisher';
import { OrderJourney, type FinishedOrder } from './order-journey';
import { RefusedError, type SubgraphClient } from './subgraph-client';
import { transition } from './transition';

interface LeadState {
  id: string;
  status: string;
  ownerId: string | null;
  conversion: { accountId: string; opportunityId: string } | null;
  opportunityStage: string | null;
}

const LEAD = `query($c: String) { leads(filter: { campaign: $c }) { id status ownerId conversion { accountId opportunityId } opportunityStage } }`;

/**
 * A sales rep works one marketing lead to an invoiced (or cancelled) order:
 * contacted, qualified, converted (the account service creates the account),
 * the opportunity proposed and won (the order service drafts the order), then
 * order administration places, confirms, fulfils and invoices it. Some get a
 * deep discount first, approved by the rep's sales manager (alerts for the
 * notification service).
 */
export class LeadJourney {
  constructor(
    private readonly client: SubgraphClient,
    private readonly orders: OrderJourney,
  ) {}

  async run(
    lead: PublishedLead,
    quantity: number,
    cancel: boolean,
    deadline: number,
    deepDiscount = false,
  ): Promise<FinishedOrder> {
    const read = async (): Promise<LeadState | undefined> =>
      (
        await this.client.query<{ leads: LeadState[] }>(
          DemoUsers.admin,
          'lead',
          LEAD,
          { c: lead.campaign },
          deadline,
        )
      ).leads[0];
    // Captured from the topic and assigned by the rules: then its owner takes it.
    let state = await until(deadline, `lead ${lead.externalId} captured and assigned`, async () => {
      const s = await read();
      return s?.ownerId ? s : undefined;
    });
    const owner = userById(state.ownerId!);
    const move = (what: string, mutation: string, done: (s: LeadState) => boolean) =>
      transition({
        what: `${what} ${lead.externalId}`,
        deadline,
        attempt: () => this.client.request(owner, 'lead', mutation, { id: state.id }),
        isDone: async () => done((state = (await read())!)),
      });
    await move(
      'contact',
      'mutation($id: ID!) { markLeadContacted(id: $id) { id } }',
      (s) => s.status !== 'NEW',
    );
    await move('qualify', 'mutation($id: ID!) { qualifyLead(id: $id) { id } }', (s) =>
      ['QUALIFIED', 'CONVERTED'].includes(s.status),
    );
    await transition({
      what: `convert ${lead.externalId}`,
      deadline,
      attempt: () =>
        this.client.request(
          owner,
          'lead',
          `mutation($id: ID!, $amount: Decimal!, $p: ID!, $q: Int!) {
          convertLead(id: $id, input: { opportunity: { amount: $amount, products: [{ productId: $p, quantity: $q }] } }) { id } }`,
          { id: state.id, amount: `${quantity * 250}.00`, p: DemoProducts.valve.id, q: quantity },
        ),
      isDone: async () => (state = (await read())!).status === 'CONVERTED',
    });
    if (!state.conversion) state = (await read())!;
    const { accountId, opportunityId } = state.conversion!;
    const stage = (what: string, mutation: string, done: string[]) =>
      transition({
        what: `${what} ${lead.externalId}`,
        deadline,
        attempt: () => this.client.request(owner, 'lead', mutation, { id: opportunityId }),
        isDone: async () => done.includes((state = (await read())!).opportunityStage ?? ''),
      });
    await stage(
      'propose',
      'mutation($id: ID!) { moveOpportunity(id: $id, input: { stage: PROPOSAL }) { id } }',
      ['PROPOSAL', 'WON'],
    );
    await stage('win', 'mutation($id: ID!) { winOpportunity(id: $id) { id } }', ['WON']);

    // The order service drafts the order from OpportunityWon; order administration takes it from there.
    const orderId = await until(deadline, `the order of ${lead.externalId}`, async () => {
      const { orders } = await this.client.query<{ orders: Array<{ id: string }> }>(
        DemoUsers.coordinator,
        'order',
        'query($a: ID!) { orders(filter: { accountId: $a }) { id } }',
        { a: accountId },
        deadline,
      );
      return orders[0]?.id;
    });
    if (deepDiscount) await this.orders.approveDeepDiscount(orderId, owner, userById, deadline);
    return this.orders.complete(orderId, cancel, deadline);
  }
}

function userById(id: string): AuthenticatedUser {
  const user = Object.values(DemoUsers).find((u) => u.id === id);
  if (!user) throw new Error(`no demo user ${id}`);
  return user;
}

/** Polls `probe` until it yields a value; refusals for not-yet-known records count as "not yet". */
export async function until<T>(
  deadline: number,
  what: string,
  probe: () => Promise<T | undefined>,
): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      if (!(error instanceof RefusedError && ['NOT_FOUND', 'FORBIDDEN'].includes(error.code)))
        throw error;
    }
    if (Date.now() > deadline) throw new Error(`${what}: not there by the deadline`);
    await new Promise((resolve) => setTimeout(resolve, Math.min(2_000, 200 * attempt)));
  }
}
