import { DemoAccounts, DemoUsers } from '@salesgraph/demo-data';
import { expectData } from '@salesgraph/testing';
import { DemoRuleIds } from '../../src/seed/demo-ids';
import { LeadDemoSeed } from '../../src/seed/lead-demo-seed';
import { SeedContext } from '../../src/seed/seed-context';
import { leadService } from '../../src/service-definition';
import { startLeadService, type Data, type LeadSut } from './support/lead-fixture';

describe('the demo seed', () => {
  let sut: LeadSut;
  const seed = () => {
    const { deps } = sut.service;
    return new LeadDemoSeed(
      deps.dataSource,
      leadService.components(deps),
      new SeedContext(deps.clock),
    ).run();
  };

  beforeAll(async () => {
    sut = await startLeadService('lead-seed');
  });
  afterAll(() => sut?.stop());

  it('creates leads in every state, rules and deals, and nothing more when run again', async () => {
    expect(await seed()).toBe(3 + 10 + 6); // rules, marketing leads (one merged), deals
    expect(await seed()).toBe(0);

    const db = sut.service.deps.dataSource;
    const statuses = await db.query(
      `SELECT status, count(*)::int AS n FROM lead GROUP BY status ORDER BY status`,
    );
    expect(statuses).toEqual([
      { status: 'CONTACTED', n: 3 },
      { status: 'CONVERTED', n: 4 },
      { status: 'DISQUALIFIED', n: 1 },
      { status: 'NEW', n: 3 },
      { status: 'QUALIFIED', n: 1 },
    ]);
    const stages = await db.query(`SELECT stage FROM opportunity ORDER BY stage`);
    expect(stages.map((s: { stage: string }) => s.stage)).toEqual([
      'LOST',
      'NEGOTIATION',
      'PROPOSAL',
      'PROSPECTING',
      'QUALIFICATION',
      'QUALIFICATION',
      'WON',
    ]);

    const manager = expectData(
      await sut.query<Data>(
        DemoUsers.manager,
        `{ unassignedLeads { company unassignedReason } overdueFollowUpsByRep { ownerId count } leadAssignmentRules { name } }`,
      ),
    );
    expect(manager.unassignedLeads).toEqual([
      {
        company: 'Boston Robotics Inc',
        unassignedReason:
          'No active assignment rule matches country US, region (none), segment MEDIUM.',
      },
    ]);
    expect(manager.overdueFollowUpsByRep).toHaveLength(1);
    expect(manager.leadAssignmentRules).toHaveLength(3);

    const acme = expectData(
      await sut.query<Data>(
        DemoUsers.marketing,
        `{ leads(filter: { campaign: "2026-spring-webinar" }) { company mergeCount phone } }`,
      ),
    ).leads;
    expect(acme).toContainEqual({
      company: 'Acme Industrial GmbH',
      mergeCount: 1,
      phone: '+49 89 555 0100',
    });

    const umbrella = expectData(
      await sut.query<Data>(
        DemoUsers.rep,
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Account { opportunities { name stage } } } }`,
        {
          r: [{ __typename: 'Account', id: DemoAccounts.umbrella.id }],
        },
      ),
    )._entities[0].opportunities;
    expect(umbrella).toHaveLength(2);
    const [{ n: converted }] = await db.query(
      `SELECT count(*)::int AS n FROM outbox_message WHERE event_type = 'lead.LeadConverted.v1'`,
    );
    expect(converted).toBe(1);
    // Each rule's creation is in its history, once: the second run emitted nothing.
    const ruleEvents = await db.query(
      `SELECT aggregate_id AS "ruleId", actor_id AS "actorId", payload->'data'->>'change' AS change
       FROM outbox_message WHERE event_type = 'lead.LeadAssignmentRuleChanged.v1' ORDER BY position`,
    );
    expect(ruleEvents).toEqual([
      { ruleId: DemoRuleIds.dach, actorId: DemoUsers.manager.id, change: 'CREATED' },
      { ruleId: DemoRuleIds.southernEurope, actorId: DemoUsers.manager2.id, change: 'CREATED' },
      { ruleId: DemoRuleIds.largeElsewhere, actorId: DemoUsers.manager.id, change: 'CREATED' },
    ]);
  });
});
