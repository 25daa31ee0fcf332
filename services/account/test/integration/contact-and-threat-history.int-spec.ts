import { CompetitorThreatUpdated, ContactAdded, ContactUpdated } from '@salesgraph/events';
import { DemoAccounts, DemoUsers } from '@salesgraph/demo-data';
import { DemoContactIds, DemoRecordIds } from '../../src/seed/demo-ids';
import type { AccountSut } from './account-test-kit';
import {
  accountTopicReader,
  eventsAbout,
  expectChronological,
  expectRefusedWithoutEvents,
  historyFields,
  read,
  whoDidWhat,
  type HistoryEntry,
} from './history-kit';
import { startSeededService, type SeededService } from './seeded-service';

const am = DemoUsers.accountManager; // owns Globex
const am2 = DemoUsers.accountManager2; // owns Initech

describe('who changed the contacts and the threats of an account', () => {
  let seeded: SeededService;
  let sut: AccountSut;
  let topic: Awaited<ReturnType<typeof accountTopicReader>>;
  const { globex, initech } = DemoAccounts;

  beforeAll(async () => {
    seeded = await startSeededService('account-history-contacts');
    sut = seeded.sut;
    topic = await accountTopicReader(sut);
  });
  afterAll(async () => {
    await topic?.close();
    await seeded?.stop();
  });

  it('records edits and interactions of a contact after the account-keyed ContactAdded', async () => {
    const start = new Date();
    const id = DemoContactIds.globexExecutive;
    const update = `mutation($input: UpdateContactInput!) { updateContact(input: $input) { id } }`;
    await read(sut, am, update, {
      input: { id, name: 'Erik Vogel', title: 'Chief Operating Officer', relationshipStrength: 3 },
    });
    await expectRefusedWithoutEvents(
      sut,
      am,
      update,
      { input: { id, influence: 9 } },
      'BAD_USER_INPUT',
    );
    await expectRefusedWithoutEvents(
      sut,
      DemoUsers.rep2,
      update,
      { input: { id, influence: 3 } },
      'NOT_FOUND',
    );
    await expectRefusedWithoutEvents(
      sut,
      DemoUsers.coordinator,
      update,
      { input: { id, influence: 3 } },
      'FORBIDDEN',
    );
    const before = (await eventsAbout(sut, ContactUpdated, id)).length;
    await read(sut, am, update, { input: { id, name: 'Erik Vogel', influence: 5 } }); // as it is
    expect(await eventsAbout(sut, ContactUpdated, id)).toHaveLength(before);

    const spokeAt = new Date(Date.now() - 3_600_000).toISOString();
    const contact = await read<{
      recordContactInteraction: { updatedAt: string; history: HistoryEntry[] };
    }>(
      sut,
      DemoUsers.manager,
      `mutation($id: ID!, $at: DateTimeISO) { recordContactInteraction(id: $id, at: $at) { updatedAt ${historyFields} } }`,
      { id, at: spokeAt },
    );
    const history = contact.recordContactInteraction.history;
    expect(whoDidWhat(history, (d) => d.changedFields ?? d.buyingRole)).toEqual([
      ['ContactAdded', am.id, 'SENIOR_EXECUTIVE'],
      ['ContactUpdated', am.id, ['title', 'relationshipStrength']],
      ['ContactUpdated', DemoUsers.manager.id, ['lastInteractionAt']],
    ]);
    expect(history[2].data).toMatchObject({
      accountId: globex.id,
      contactId: id,
      relationshipStrength: 3,
      lastInteractionAt: spokeAt,
      updatedAt: contact.recordContactInteraction.updatedAt,
    });
    expectChronological(history.slice(1), start);
    await topic.expectKeyed(id, [ContactUpdated.type, ContactUpdated.type]);
    // ContactAdded stays keyed by the account: other services read it in the account's order
    expect(await eventsAbout(sut, ContactAdded, id)).toHaveLength(0);

    // a contact of an account someone cannot see shows no history to them, through the gateway either
    const entities = await read<{ _entities: unknown[] }>(
      sut,
      DemoUsers.rep2,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Contact { ${historyFields} } } }`,
      { r: [{ __typename: 'Contact', id }] },
    );
    expect(entities._entities).toEqual([null]);
  });

  it('records who changed a competitor threat, and refuses an impossible move without an event', async () => {
    const start = new Date();
    const id = DemoRecordIds.threatInitechAcme;
    const update = `mutation($input: UpdateCompetitorThreatInput!) { updateCompetitorThreat(input: $input) { id status } }`;
    await read(sut, am2, update, { input: { id, threatLevel: 'MEDIUM' } });
    await read(sut, am2, update, { input: { id, status: 'LOST_TO_COMPETITOR' } });
    await expectRefusedWithoutEvents(
      sut,
      am2,
      update,
      { input: { id, status: 'MITIGATED' } },
      'INVALID_TRANSITION',
    );
    await expectRefusedWithoutEvents(
      sut,
      am,
      update,
      { input: { id, status: 'CLOSED' } },
      'NOT_FOUND',
    );
    await expectRefusedWithoutEvents(
      sut,
      am2,
      update,
      { input: { id: 'nope', status: 'CLOSED' } },
      'BAD_USER_INPUT',
    );

    const threats = await read<{
      account: { competitorThreats: Array<{ history: HistoryEntry[] }> };
    }>(
      sut,
      am2,
      `query($id: ID!) { account(id: $id) { competitorThreats { ${historyFields} } } }`,
      { id: initech.id },
    );
    const [history] = threats.account.competitorThreats.map((t) => t.history);
    expect(whoDidWhat(history, (d) => [d.threatLevel, d.status, d.changedFields])).toEqual([
      ['CompetitorThreatLogged', am2.id, ['HIGH', 'OPEN', undefined]],
      ['CompetitorThreatUpdated', am2.id, ['MEDIUM', 'OPEN', ['threatLevel']]],
      ['CompetitorThreatUpdated', am2.id, ['MEDIUM', 'LOST_TO_COMPETITOR', ['status']]],
    ]);
    expectChronological(history.slice(1), start);
    await topic.expectKeyed(id, [CompetitorThreatUpdated.type, CompetitorThreatUpdated.type]);
  });
});
