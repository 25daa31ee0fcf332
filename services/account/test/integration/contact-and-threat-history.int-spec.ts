import {
  CompetitorThreatLogged,
  CompetitorThreatUpdated,
  ContactAdded,
  ContactUpdated,
} from '@salesgraph/events';
import { DemoAccounts, DemoUsers } from '@salesgraph/demo-data';
import { countSqlStatements } from '@salesgraph/testing';
import { DemoContactIds, DemoRecordIds } from '../../src/seed/demo-ids';
import { sql } from './account-test-kit';
import {
  eventsAbout,
  expectChronological,
  expectAllRefusedWithoutEvents,
  historyFields,
  read,
  seededServiceWithTopic,
  whoDidWhat,
  type HistoryEntry,
} from './history-kit';

const am = DemoUsers.accountManager; // owns Globex
const am2 = DemoUsers.accountManager2; // owns Initech

describe('who changed the contacts and the threats of an account', () => {
  const service = seededServiceWithTopic('account-history-contacts');
  const { globex, initech } = DemoAccounts;

  it('records the addition, edits and interactions of a contact, all keyed by the contact', async () => {
    const { sut, topic } = service;
    const start = new Date();
    const id = DemoContactIds.globexExecutive;
    const update = `mutation($input: UpdateContactInput!) { updateContact(input: $input) { id } }`;
    await read(sut, am, update, {
      input: { id, name: 'Erik Vogel', title: 'Chief Operating Officer', relationshipStrength: 3 },
    });
    await expectAllRefusedWithoutEvents(sut, update, [
      [am, { input: { id, influence: 9 } }, 'BAD_USER_INPUT'],
      [DemoUsers.rep2, { input: { id, influence: 3 } }, 'NOT_FOUND'],
      [DemoUsers.coordinator, { input: { id, influence: 3 } }, 'FORBIDDEN'],
    ]);
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
    // one contact's events on one partition, in order: ContactAdded is keyed by the contact too
    await topic.expectKeyed(id, [ContactAdded.type, ContactUpdated.type, ContactUpdated.type]);
    expect(await eventsAbout(sut, ContactAdded, id)).toHaveLength(1);

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
    const { sut, topic } = service;
    const start = new Date();
    const id = DemoRecordIds.threatInitechAcme;
    const update = `mutation($input: UpdateCompetitorThreatInput!) { updateCompetitorThreat(input: $input) { id status } }`;
    await read(sut, am2, update, { input: { id, threatLevel: 'MEDIUM' } });
    await read(sut, am2, update, { input: { id, status: 'LOST_TO_COMPETITOR' } });
    await expectAllRefusedWithoutEvents(sut, update, [
      [am2, { input: { id, status: 'MITIGATED' } }, 'INVALID_TRANSITION'],
      [am, { input: { id, status: 'CLOSED' } }, 'NOT_FOUND'],
      [am2, { input: { id: 'nope', status: 'CLOSED' } }, 'BAD_USER_INPUT'],
    ]);

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
    await topic.expectKeyed(id, [
      CompetitorThreatLogged.type,
      CompetitorThreatUpdated.type,
      CompetitorThreatUpdated.type,
    ]);
  });

  it('still shows additions recorded when they were keyed by the account', async () => {
    const { sut } = service;
    const contactId = DemoContactIds.globexPurchasingManager;
    const threatId = DemoRecordIds.threatGlobexVortex;
    // the seed's rows, rewritten as they were written before ContactAdded and
    // CompetitorThreatLogged were keyed by their own aggregate
    await sql(
      sut,
      `UPDATE outbox_message SET aggregate_type = 'Account', aggregate_id = payload -> 'data' ->> 'accountId'
       WHERE event_type = ANY($1) AND aggregate_id = ANY($2)`,
      [
        [ContactAdded.type, CompetitorThreatLogged.type],
        [contactId, threatId],
      ],
    );
    expect(await eventsAbout(sut, ContactAdded, contactId)).toHaveLength(0);
    const { account } = await read<{
      account: {
        contacts: Array<{ id: string; history: HistoryEntry[] }>;
        competitorThreats: Array<{ id: string; history: HistoryEntry[] }>;
      };
    }>(
      sut,
      am,
      `query($id: ID!) { account(id: $id) {
         contacts { id ${historyFields} } competitorThreats { id ${historyFields} } } }`,
      { id: globex.id },
    );
    const contact = account.contacts.find((c) => c.id === contactId)!;
    expect(whoDidWhat(contact.history, (d) => d.contactId)).toEqual([
      ['ContactAdded', am.id, contactId],
    ]);
    const threat = account.competitorThreats.find((t) => t.id === threatId)!;
    expect(whoDidWhat(threat.history, (d) => [d.threatId, d.status])).toEqual([
      ['CompetitorThreatLogged', am.id, [threatId, 'OPEN']],
      ['CompetitorThreatUpdated', am.id, [threatId, 'MITIGATED']],
    ]);
  });

  it('reads the histories of one kind for every entity a request shows in one statement', async () => {
    const { sut } = service;
    const kinds = ['contacts', 'competitorThreats', 'team', 'customisationProposals'];
    const { result, count } = await countSqlStatements(
      () =>
        read<{ account: Record<string, Array<{ history: HistoryEntry[] }>> }>(
          sut,
          am,
          `query($id: ID!) { account(id: $id) { ${historyFields}
             ${kinds.map((kind) => `${kind} { ${historyFields} }`).join(' ')}
             communicationPlan(includeClosed: true) { ${historyFields} }
             serviceRequests(openOnly: false) { ${historyFields} } } }`,
          { id: globex.id },
        ),
      (statement) => statement.includes('outbox_message o'),
    );
    // five contacts, two team members, two touchpoints... each kind read once, the account too
    expect(result.account.contacts.length).toBeGreaterThan(1);
    expect(result.account.contacts.every((c) => c.history.length > 0)).toBe(true);
    expect(count).toBe(kinds.length + 3);
  });
});
