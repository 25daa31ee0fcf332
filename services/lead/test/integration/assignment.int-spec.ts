import { randomUUID } from 'node:crypto';
import { DemoUsers, type AuthenticatedUser } from '@salesgraph/identity';
import {
  serviceCommand,
  startSubgraphService,
  systemClock,
  type RunningService,
} from '@salesgraph/service-kit';
import { errorCode, expectData, serviceTestEnv, subgraphClient } from '@salesgraph/testing';
import pino from 'pino';
import { loadLeadConfig, type LeadConfig } from '../../src/config';
import { leadService } from '../../src/service-definition';
import {
  applyTeam,
  marketingLead,
  startLeadService,
  type LeadSut,
  type TeamSpec,
  type Data,
} from './support/lead-fixture';

const { rep, manager, manager2 } = DemoUsers;
const team: TeamSpec = {
  id: randomUUID(),
  name: 'West',
  managerId: manager.id,
  reps: ['u-w1', 'u-w2', 'u-w3'],
};
const ruleMutation =
  'mutation($i: AssignmentRuleInput!) { createLeadAssignmentRule(input: $i) { id name countries maxOpenLeadsPerRep } }';

describe('assignment rules', () => {
  let sut: LeadSut;
  let restarted: RunningService<LeadConfig> | undefined;
  const gql = (user: AuthenticatedUser, query: string, variables: Record<string, unknown> = {}) =>
    sut.query<Data>(user, query, variables);
  /** Captures leads through the intake as the consumer would, each in its own transaction, all at once. */
  const captureConcurrently = (count: number, country: string) => {
    const { intake } = leadService.components((restarted ?? sut.service).deps);
    const command = serviceCommand('lead', systemClock, randomUUID());
    return Promise.all(
      Array.from({ length: count }, () => intake.capture(command, marketingLead({ country }))),
    );
  };
  const owners = async (country: string) =>
    (
      await (restarted ?? sut.service).deps.dataSource.query(
        `SELECT owner_id FROM lead WHERE country = $1 ORDER BY created_at, id`,
        [country],
      )
    ).map((row: { owner_id: string | null }) => row.owner_id);

  beforeAll(async () => {
    sut = await startLeadService('lead-assignment');
    await applyTeam(sut, team);
  });
  afterAll(async () => {
    await restarted?.stop();
    await sut?.stop();
  });

  it('lets a manager maintain rules for their own teams only, with validated input', async () => {
    const rule = {
      name: 'Nordics',
      priority: 5,
      teamId: team.id,
      countries: ['SE', 'NO'],
      maxOpenLeadsPerRep: 10,
    };
    expect(errorCode(await gql(rep, ruleMutation, { i: rule }))).toBe('FORBIDDEN');
    expect(errorCode(await gql(manager2, ruleMutation, { i: rule }))).toBe('FORBIDDEN');
    expect(
      errorCode(await gql(manager, ruleMutation, { i: { ...rule, teamId: randomUUID() } })),
    ).toBe('BAD_USER_INPUT');
    const badCountry = await gql(manager, ruleMutation, { i: { ...rule, countries: ['Sweden'] } });
    expect(errorCode(badCountry)).toBe('BAD_USER_INPUT');
    expect(badCountry.errors?.[0].message).toContain('countries must be ISO 3166-1 alpha-2 codes');
    expect(
      errorCode(await gql(manager, ruleMutation, { i: { ...rule, maxOpenLeadsPerRep: 0 } })),
    ).toBe('BAD_USER_INPUT');

    const created = expectData(
      await gql(manager, ruleMutation, { i: rule }),
    ).createLeadAssignmentRule;
    expect(created).toMatchObject({
      name: 'Nordics',
      countries: ['SE', 'NO'],
      maxOpenLeadsPerRep: 10,
    });
    const updated = expectData(
      await gql(
        manager,
        'mutation($id: ID!, $i: AssignmentRuleInput!) { updateLeadAssignmentRule(id: $id, input: $i) { maxOpenLeadsPerRep updatedBy } }',
        {
          id: created.id,
          i: { ...rule, maxOpenLeadsPerRep: 4 },
        },
      ),
    ).updateLeadAssignmentRule;
    expect(updated).toEqual({ maxOpenLeadsPerRep: 4, updatedBy: manager.id });
    expect(
      expectData(await gql(manager2, '{ leadAssignmentRules { name } }')).leadAssignmentRules,
    ).toEqual([{ name: 'Nordics' }]);
  });

  it('assigns leads arriving at the same moment round robin, none over the cap, and queues the rest with the reason', async () => {
    await captureConcurrently(15, 'SE');
    const assigned = await owners('SE');
    const perRep = Object.fromEntries(
      team.reps.map((r) => [r, assigned.filter((o: string | null) => o === r).length]),
    );
    expect(perRep).toEqual({ 'u-w1': 4, 'u-w2': 4, 'u-w3': 4 });
    const waiting = expectData(
      await gql(manager, '{ unassignedLeads { country unassignedReason } }'),
    ).unassignedLeads;
    expect(waiting).toHaveLength(3);
    expect(waiting[0].unassignedReason).toBe(
      'rule "Nordics": all 3 reps of team West are at the cap of 4 open leads.',
    );
    expect(expectData(await gql(manager2, '{ unassignedLeads { id } }')).unassignedLeads).toEqual(
      [],
    );
  });

  it('keeps the round-robin position across a restart', async () => {
    await sut.service.deps.dataSource.query(
      `UPDATE assignment_rule SET max_open_leads_per_rep = NULL`,
    );
    await captureConcurrently(1, 'NO');
    const [first] = await owners('NO');
    await sut.service.stop();
    const env = await serviceTestEnv({
      databaseUrl: sut.database.url,
      topicPrefix: sut.topicPrefix,
    });
    restarted = await startSubgraphService(leadService(loadLeadConfig(env)), {
      logger: pino({ level: 'silent' }),
    });
    await captureConcurrently(2, 'NO');
    const after = (await owners('NO')).slice(1).sort();
    const rotation = [...team.reps].sort();
    const next = (r: string) => rotation[(rotation.indexOf(r) + 1) % rotation.length];
    expect(after).toEqual([next(first), next(next(first))].sort());
  });

  it('runs the rules again over the queue when a manager asks, e.g. after raising a cap', async () => {
    const client = subgraphClient(restarted!.url, 'lead');
    const tried = expectData(await client<Data>(manager, '{ x: unassignedLeads { id } }')).x;
    expect(tried).toHaveLength(3);
    const done = expectData(
      await client<Data>(
        manager,
        'mutation { applyLeadAssignmentRules { ownerId unassignedReason } }',
      ),
    ).applyLeadAssignmentRules;
    expect(done).toHaveLength(3);
    for (const lead of done)
      expect(lead).toMatchObject({
        unassignedReason: null,
        ownerId: expect.stringMatching(/^u-w/),
      });
  });
});
