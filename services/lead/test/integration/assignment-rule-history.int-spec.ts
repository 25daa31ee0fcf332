import { randomUUID } from 'node:crypto';
import { LeadAssignmentRuleChanged, Topics } from '@salesgraph/events';
import { DemoUsers, type AuthenticatedUser } from '@salesgraph/identity';
import {
  chronologyOf,
  errorCode,
  expectData,
  historyFields,
  outboxCount,
  publishedEvents,
  stillTrueAfter,
  waitFor,
  type HistoryEntry,
  type PublishedEvents,
} from '@salesgraph/testing';
import { applyTeam, startLeadService, type Data, type LeadSut } from './support/lead-fixture';

const { rep, manager, manager2, admin } = DemoUsers;
const team = { id: randomUUID(), name: 'Nordics', managerId: manager.id, reps: ['u-n1', 'u-n2'] };
const rule = { name: 'Sweden', priority: 7, teamId: team.id, countries: ['SE'] };
const fields = `id name maxOpenLeadsPerRep ${historyFields}`;
const create = `mutation($i: AssignmentRuleInput!) { createLeadAssignmentRule(input: $i) { ${fields} } }`;
const update = `mutation($id: ID!, $i: AssignmentRuleInput!) { updateLeadAssignmentRule(id: $id, input: $i) { ${fields} } }`;
const remove = `mutation($id: ID!) { deleteLeadAssignmentRule(id: $id) { ${fields} } }`;

describe('assignment rule history', () => {
  let sut: LeadSut;
  let topic: PublishedEvents;
  const started = new Date();
  const gql = (user: AuthenticatedUser, query: string, variables: Record<string, unknown> = {}) =>
    sut.query<Data>(user, query, variables);
  const ruleEvents = () =>
    outboxCount(sut.service.deps.dataSource, LeadAssignmentRuleChanged.aggregateType);
  const published = (ruleId: string) => topic.about(ruleId);

  beforeAll(async () => {
    sut = await startLeadService('lead-rule-history');
    await applyTeam(sut, team);
    topic = await publishedEvents(`${sut.topicPrefix}${Topics.lead}`);
  });
  afterAll(async () => {
    await topic?.close();
    await sut?.stop();
  });

  it('records who created and changed a rule, what and when, in order, and publishes it', async () => {
    const created = expectData(await gql(manager, create, { i: rule })).createLeadAssignmentRule;
    expect(created.history).toEqual([
      expect.objectContaining({
        eventType: LeadAssignmentRuleChanged.type,
        actorId: manager.id,
        data: expect.objectContaining({ ruleId: created.id, change: 'CREATED', countries: ['SE'] }),
      }),
    ]);
    expect(created.history[0].data).not.toHaveProperty('maxOpenLeadsPerRep');
    expectData(
      await gql(manager, update, { id: created.id, i: { ...rule, maxOpenLeadsPerRep: 5 } }),
    );
    // An admin may change any known team's rule: the history names them, not the team's manager.
    const changed = expectData(
      await gql(admin, update, {
        id: created.id,
        i: { ...rule, maxOpenLeadsPerRep: 8, active: false },
      }),
    ).updateLeadAssignmentRule;

    const history: HistoryEntry[] = changed.history;
    expect(history.map((h) => [h.actorId, h.data.change, h.data.maxOpenLeadsPerRep])).toEqual([
      [manager.id, 'CREATED', undefined],
      [manager.id, 'UPDATED', 5],
      [admin.id, 'UPDATED', 8],
    ]);
    expect(history[2].data).toMatchObject({ active: false, teamId: team.id, name: 'Sweden' });
    expect(chronologyOf(history, started)).toEqual({ oldestFirst: true, sinceThen: true });

    // Managers read every rule, so a manager of another team sees its history too.
    const seen = expectData(
      await gql(manager2, '{ leadAssignmentRules { id history { actorId } } }'),
    ).leadAssignmentRules;
    expect(seen.find((r: { id: string }) => r.id === created.id).history).toHaveLength(3);

    const events = await waitFor(
      () => published(created.id).length === 3 && published(created.id),
      {
        what: 'three LeadAssignmentRuleChanged on the lead topic',
      },
    );
    expect(events.map((e) => [e.type, e.actorid, e.data.change])).toEqual([
      [LeadAssignmentRuleChanged.type, manager.id, 'CREATED'],
      [LeadAssignmentRuleChanged.type, manager.id, 'UPDATED'],
      [LeadAssignmentRuleChanged.type, admin.id, 'UPDATED'],
    ]);
  });

  it('records the deletion, with the rule as it was, in the answer and on the topic', async () => {
    const { id } = expectData(
      await gql(manager, create, { i: { ...rule, name: 'Norway' } }),
    ).createLeadAssignmentRule;
    const deleted = expectData(await gql(manager, remove, { id })).deleteLeadAssignmentRule;
    expect(
      deleted.history.map((h: HistoryEntry) => [h.actorId, h.data.change, h.data.name]),
    ).toEqual([
      [manager.id, 'CREATED', 'Norway'],
      [manager.id, 'DELETED', 'Norway'],
    ]);
    const events = await waitFor(() => published(id).length === 2 && published(id), {
      what: 'the deletion on the lead topic',
    });
    expect(events[1]).toMatchObject({
      actorid: manager.id,
      data: { change: 'DELETED', ruleId: id },
    });
  });

  it('emits nothing for a refused change: wrong role, another team, bad input, unknown rule', async () => {
    const { id } = expectData(
      await gql(manager, create, { i: { ...rule, name: 'Finland' } }),
    ).createLeadAssignmentRule;
    const before = await ruleEvents();

    expect(errorCode(await gql(rep, create, { i: rule }))).toBe('FORBIDDEN');
    expect(errorCode(await gql(rep, update, { id, i: { ...rule, priority: 1 } }))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await gql(rep, remove, { id }))).toBe('FORBIDDEN');
    expect(errorCode(await gql(manager2, update, { id, i: { ...rule, priority: 1 } }))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await gql(manager2, remove, { id }))).toBe('FORBIDDEN');
    expect(
      errorCode(await gql(manager, update, { id, i: { ...rule, countries: ['Finland'] } })),
    ).toBe('BAD_USER_INPUT');
    expect(
      errorCode(await gql(manager, update, { id, i: { ...rule, teamId: randomUUID() } })),
    ).toBe('BAD_USER_INPUT');
    expect(errorCode(await gql(manager, update, { id: randomUUID(), i: rule }))).toBe('NOT_FOUND');
    expect(errorCode(await gql(manager, remove, { id: 'not-a-uuid' }))).toBe('NOT_FOUND');

    expect(await ruleEvents()).toBe(before);
    const history = expectData(
      await gql(manager, '{ leadAssignmentRules { id priority history { data } } }'),
    ).leadAssignmentRules.find((r: { id: string }) => r.id === id);
    expect(history).toMatchObject({ priority: 7, history: [{ data: { change: 'CREATED' } }] });
    await waitFor(() => published(id).length > 0, { what: 'the rule’s CREATED on the topic' });
    expect(await stillTrueAfter(500, () => published(id).length === 1)).toBe(true);
  });

  it('refuses the rules, and so their history, to a rep', async () => {
    const response = await gql(rep, '{ leadAssignmentRules { id history { eventType } } }');
    expect(errorCode(response)).toBe('FORBIDDEN');
  });
});
