import { randomUUID } from 'node:crypto';
import {
  AccountCreated,
  createEnvelope,
  OpportunityLost,
  OpportunityStageChanged,
  OpportunityWon,
  Topics,
} from '@salesgraph/events';
import { DemoUsers, type AuthenticatedUser } from '@salesgraph/identity';
import type { IncomingMessage, MessageBroker } from '@salesgraph/messaging';
import { collectMessages, errorCode, expectData, testBroker, waitFor } from '@salesgraph/testing';
import {
  applyTeam,
  publish,
  startLeadService,
  type LeadSut,
  type Data,
} from './support/lead-fixture';

const { rep, rep2, rep3, manager, accountManager, accountManager2, marketing } = DemoUsers;
const valve = 'b0000000-0000-4000-8000-000000000001';
const pump = 'b0000000-0000-4000-8000-000000000003';
const fields =
  'id stage probability amount currency ownerId accountId version lostReason products { productId quantity unitPrice product { id } }';

describe('opportunities', () => {
  let sut: LeadSut;
  let broker: MessageBroker;
  let events: { messages: IncomingMessage[]; close(): Promise<void> };
  const accountId = randomUUID();
  const gql = (user: AuthenticatedUser, query: string, variables: Record<string, unknown> = {}) =>
    sut.query<Data>(user, query, variables);
  const open = (user: AuthenticatedUser, input: Record<string, unknown>) =>
    gql(
      user,
      `mutation($i: CreateOpportunityInput!) { createOpportunity(input: $i) { ${fields} } }`,
      { i: input },
    );
  const move = (user: AuthenticatedUser, id: string, stage: string, probability?: number) =>
    gql(
      user,
      `mutation($id: ID!, $i: MoveOpportunityInput!) { moveOpportunity(id: $id, input: $i) { ${fields} } }`,
      {
        id,
        i: { stage, probability },
      },
    );
  const published = (id: string, type: string) =>
    waitFor(() => events.messages.find((m) => m.key === id && m.headers.ce_type === type), {
      what: type,
    }).then((m) => JSON.parse(m.value!.toString()).data);

  beforeAll(async () => {
    sut = await startLeadService('lead-opportunities');
    broker = testBroker();
    await applyTeam(sut, {
      id: randomUUID(),
      name: 'North',
      managerId: manager.id,
      reps: [rep.id, rep2.id],
      accountManagers: [accountManager.id],
    });
    events = await collectMessages(broker, `${sut.topicPrefix}${Topics.lead}`);
    const created = createEnvelope(
      AccountCreated,
      {
        accountId,
        name: 'Globex',
        segment: 'LARGE',
        tier: 'KEY',
        ownerId: accountManager.id,
        origin: 'MANUAL',
        createdAt: new Date().toISOString(),
      },
      {
        source: 'salesgraph/account',
        correlationId: randomUUID(),
        actor: { type: 'user', id: DemoUsers.admin.id },
      },
    );
    await publish(broker, sut, Topics.account, [created]);
    await waitFor(
      async () =>
        (
          await sut.service.deps.dataSource.query(
            'SELECT 1 FROM account_owner WHERE account_id = $1',
            [accountId],
          )
        ).length > 0,
      {
        what: 'the account in the directory',
      },
    );
  });
  afterAll(async () => {
    await events?.close();
    await broker?.disconnect();
    await sut?.stop();
  });

  it('opens a deal on a known account only, with the stage’s probability, and publishes it', async () => {
    const unknown = await open(rep, {
      accountId: randomUUID(),
      terms: { name: 'X', amount: '1.00' },
    });
    expect(errorCode(unknown)).toBe('BAD_USER_INPUT');
    expect(errorCode(await open(rep, { accountId, terms: { name: 'X', amount: '-5' } }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(errorCode(await open(rep, { accountId, terms: { name: 'X', amount: '1.005' } }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(
      errorCode(
        await open(rep, {
          accountId,
          terms: { name: 'X', amount: '1', expectedCloseDate: '2026-02-30' },
        }),
      ),
    ).toBe('BAD_USER_INPUT');

    const deal = expectData(
      await open(rep, {
        accountId,
        terms: {
          name: 'Valves for plant 2',
          amount: '25000',
          products: [{ productId: valve, quantity: 100 }],
        },
      }),
    ).createOpportunity;
    expect(deal).toMatchObject({
      stage: 'PROSPECTING',
      probability: 10,
      amount: '25000.00',
      currency: 'EUR',
      ownerId: rep.id,
      version: 1,
    });
    expect(deal.products).toEqual([
      { productId: valve, quantity: 100, unitPrice: null, product: { id: valve } },
    ]);
    const event = await published(deal.id, OpportunityStageChanged.type);
    expect(event).toMatchObject({
      opportunityId: deal.id,
      accountId,
      stage: 'PROSPECTING',
      amount: '25000.00',
      productIds: [valve],
      revision: 1,
    });
    expect(event).not.toHaveProperty('previousStage');
  });

  it('moves through the stages within the probability bands and wins from NEGOTIATION with lines for the order service', async () => {
    const { id } = expectData(
      await open(rep, { accountId, terms: { name: 'Pumps', amount: '9000.00' } }),
    ).createOpportunity;
    const outOfBand = await move(rep, id, 'NEGOTIATION', 95);
    expect(errorCode(outOfBand)).toBe('BAD_USER_INPUT');
    expect(outOfBand.errors?.[0].message).toBe(
      'probability 95 is outside 60–90, the range allowed in NEGOTIATION.',
    );
    expect(
      errorCode(await gql(rep, `mutation($id: ID!) { winOpportunity(id: $id) { id } }`, { id })),
    ).toBe('INVALID_TRANSITION');
    expect(expectData(await move(rep, id, 'NEGOTIATION', 80)).moveOpportunity).toMatchObject({
      stage: 'NEGOTIATION',
      probability: 80,
      version: 2,
    });

    const won = expectData(
      await gql(
        rep,
        `mutation($id: ID!) { winOpportunity(id: $id, input: { lines: [{ productId: "${pump}", quantity: 4, unitPrice: "1850.00" }] }) { ${fields} } }`,
        { id },
      ),
    ).winOpportunity;
    expect(won).toMatchObject({ stage: 'WON', probability: 100, version: 3 });
    expect(await published(id, OpportunityWon.type)).toMatchObject({
      stage: 'WON',
      ownerId: rep.id,
      accountId,
      lines: [{ productId: pump, quantity: 4, unitPrice: '1850.00' }],
      revision: 3,
    });
    const reopened = await move(rep, id, 'PROPOSAL');
    expect(errorCode(reopened)).toBe('INVALID_TRANSITION');
    expect(reopened.errors?.[0].message).toBe(
      'Opportunity cannot go from WON to PROPOSAL. A WON opportunity is closed.',
    );
  });

  it('needs a reason to lose a deal', async () => {
    const { id } = expectData(
      await open(rep, { accountId, terms: { name: 'Sensors', amount: '1200' } }),
    ).createOpportunity;
    const blank = await gql(
      rep,
      `mutation($id: ID!) { loseOpportunity(id: $id, input: { reason: " " }) { id } }`,
      { id },
    );
    expect(errorCode(blank)).toBe('BAD_USER_INPUT');
    const lost = expectData(
      await gql(
        rep,
        `mutation($id: ID!) { loseOpportunity(id: $id, input: { reason: "Competitor was 20% cheaper" }) { ${fields} } }`,
        { id },
      ),
    ).loseOpportunity;
    expect(lost).toMatchObject({
      stage: 'LOST',
      probability: 0,
      lostReason: 'Competitor was 20% cheaper',
    });
    expect(await published(id, OpportunityLost.type)).toMatchObject({
      lostReason: 'Competitor was 20% cheaper',
      stage: 'LOST',
    });
  });

  it('shows deals to their owner, the owner’s manager and the account’s manager, and lets only the first two change them', async () => {
    const { id } = expectData(
      await open(rep2, { accountId, terms: { name: 'Service contract', amount: '4800' } }),
    ).createOpportunity;
    const byId = (user: AuthenticatedUser) =>
      gql(user, `query($id: ID!) { opportunity(id: $id) { id } }`, { id });
    expect(errorCode(await byId(rep))).toBe('NOT_FOUND');
    expect(errorCode(await byId(rep3))).toBe('NOT_FOUND');
    expect(errorCode(await byId(accountManager2))).toBe('NOT_FOUND');
    expect(errorCode(await byId(marketing))).toBe('FORBIDDEN');
    expectData(await byId(manager));
    expectData(await byId(accountManager));
    expect(errorCode(await move(accountManager, id, 'QUALIFICATION'))).toBe('FORBIDDEN');
    expectData(await move(manager, id, 'QUALIFICATION'));

    const entities = expectData(
      await gql(
        accountManager,
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Account { opportunities { id ownerId } } } }`,
        {
          r: [{ __typename: 'Account', id: accountId }],
        },
      ),
    )._entities;
    // Everything on the account, whoever owns it: rep2's deal and those of the tests before.
    expect(entities[0].opportunities).toContainEqual({ id, ownerId: rep2.id });
    const [{ n }] = await sut.service.deps.dataSource.query(
      'SELECT count(*)::int AS n FROM opportunity WHERE account_id = $1',
      [accountId],
    );
    expect(entities[0].opportunities).toHaveLength(n);
    const ofRep2 = expectData(await gql(rep2, '{ me { opportunities { id } } }')).me.opportunities;
    expect(ofRep2).toEqual([{ id }]);
    const hidden = expectData(
      await gql(
        rep3,
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Opportunity { id } } }`,
        { r: [{ __typename: 'Opportunity', id }] },
      ),
    );
    expect(hidden._entities).toEqual([null]);
  });

  it('publishes the probability table', async () => {
    const table = expectData(
      await gql(marketing, '{ opportunityStageProbabilities { stage default min max } }'),
    ).opportunityStageProbabilities;
    expect(table[0]).toEqual({ stage: 'PROSPECTING', default: 10, min: 5, max: 20 });
    expect(table.map((row: { default: number }) => row.default)).toEqual([10, 25, 50, 75, 100, 0]);
  });
});
