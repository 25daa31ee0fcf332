import { randomUUID } from 'node:crypto';
import { Topics, type MarketingLeadCapturedData } from '@salesgraph/events';
import { DemoUsers, type AuthenticatedUser } from '@salesgraph/identity';
import { expectData, testBroker, waitFor } from '@salesgraph/testing';
import type { MessageBroker } from '@salesgraph/messaging';
import { LeadApi } from './support/lead-api';
import {
  applyTeam,
  marketingEnvelope,
  marketingLead,
  publish,
  startLeadService,
  type LeadSut,
  type TeamSpec,
} from './support/lead-fixture';

const north: TeamSpec = {
  id: randomUUID(),
  name: 'North',
  managerId: DemoUsers.manager.id,
  reps: [DemoUsers.rep.id, DemoUsers.rep2.id],
};
const south: TeamSpec = {
  id: randomUUID(),
  name: 'South',
  managerId: DemoUsers.manager2.id,
  reps: [DemoUsers.rep3.id, DemoUsers.rep4.id],
};
const eastManager: AuthenticatedUser = { id: 'u-mgr-east', roles: ['SALES_MANAGER'] };
const east: TeamSpec = {
  id: randomUUID(),
  name: 'East',
  managerId: eastManager.id,
  reps: ['u-rep-e1', 'u-rep-e2', 'u-rep-e3'],
};

/** 900 distinct leads: 400 from DACH, 300 from southern Europe, 200 from elsewhere. */
function uniqueLeads(): MarketingLeadCapturedData[] {
  const countries = (i: number) =>
    i < 400 ? ['DE', 'AT', 'CH'][i % 3] : i < 700 ? ['FR', 'IT', 'ES'][i % 3] : ['US', 'GB'][i % 2];
  return Array.from({ length: 900 }, (_, i) =>
    marketingLead({
      country: countries(i),
      segmentHint: (['SMALL', 'MEDIUM', 'LARGE'] as const)[i % 3],
    }),
  );
}

/** 100 duplicates of them: 40 re-sent (same external id), 30 by e-mail, 30 by company domain and contact name. */
function duplicatesOf(originals: MarketingLeadCapturedData[]): MarketingLeadCapturedData[] {
  const resent = originals
    .slice(0, 40)
    .map((o) => ({ ...o, phone: '+49 89 1234', campaign: 'autumn-fair' }));
  const byEmail = originals.slice(100, 130).map((o) => ({
    ...marketingLead({ country: o.country }),
    email: o.email!.toUpperCase(),
  }));
  const byDomainAndName = originals.slice(500, 530).map((o) => ({
    ...marketingLead({ country: o.country }),
    companyDomain: o.companyDomain!.toUpperCase(),
    contactName: `  ${o.contactName.toLowerCase().replace(' ', '   ')} `,
  }));
  return [...resent, ...byEmail, ...byDomainAndName];
}

describe('marketing intake at volume', () => {
  let sut: LeadSut;
  let broker: MessageBroker;

  beforeAll(async () => {
    sut = await startLeadService('lead-intake');
    broker = testBroker();
    for (const team of [north, south, east]) await applyTeam(sut, team);
    const rules: Array<[AuthenticatedUser, Record<string, unknown>]> = [
      [
        DemoUsers.manager,
        {
          name: 'DACH',
          priority: 10,
          teamId: north.id,
          countries: ['DE', 'AT', 'CH'],
          maxOpenLeadsPerRep: 150,
        },
      ],
      [
        DemoUsers.manager2,
        {
          name: 'Southern Europe',
          priority: 20,
          teamId: south.id,
          countries: ['FR', 'IT', 'ES'],
          maxOpenLeadsPerRep: 200,
        },
      ],
      [
        eastManager,
        { name: 'Everything else', priority: 100, teamId: east.id, maxOpenLeadsPerRep: 90 },
      ],
    ];
    const api = new LeadApi(sut);
    for (const [manager, input] of rules) await api.createRule(manager, input);
  });
  afterAll(async () => {
    await broker?.disconnect();
    await sut?.stop();
  });

  it('turns 1,000 events with 100 duplicates into 900 leads, owned per the rules, no rep over the cap', async () => {
    const originals = uniqueLeads();
    const events = [...originals, ...duplicatesOf(originals)].map(marketingEnvelope);
    expect(events).toHaveLength(1000);
    const db = sut.service.deps.dataSource;
    await publish(broker, sut, Topics.marketingLeads, events);
    await waitFor(
      async () => (await sut.handled('lead.marketing-intake')) === 1000,
      // Normally a few seconds; the bound is generous because CI machines are shared
      // and a slow machine must fail this test on a wrong count, not on time.
      { timeoutMs: 180_000, intervalMs: 250, what: '1,000 marketing events handled' },
    );

    const [{ leads, merged }] = await db.query(
      `SELECT count(*)::int AS leads, sum(merge_count)::int AS merged FROM lead`,
    );
    expect({ leads, merged }).toEqual({ leads: 900, merged: 100 });
    const matches = await db.query(
      `SELECT matched_on, count(*)::int AS n FROM lead_merge GROUP BY matched_on ORDER BY matched_on`,
    );
    expect(matches).toEqual([
      { matched_on: 'DOMAIN_AND_CONTACT', n: 30 },
      { matched_on: 'EMAIL', n: 30 },
      { matched_on: 'EXTERNAL_ID', n: 40 },
    ]);

    // Every owner came from a rule that matches the lead, and is a rep of that rule's team.
    const owned: Array<{
      owner_id: string;
      team_id: string;
      rule: string;
      countries: string[];
      country: string;
    }> = await db.query(`SELECT l.owner_id, l.team_id, r.name AS rule, r.countries, l.country
                        FROM lead l JOIN assignment_rule r ON r.id = l.assignment_rule_id WHERE l.owner_id IS NOT NULL`);
    const teamOf = new Map(
      [north, south, east].flatMap((t) => t.reps.map((rep) => [rep, t.id] as const)),
    );
    for (const lead of owned) {
      expect(teamOf.get(lead.owner_id)).toBe(lead.team_id);
      if (lead.countries.length) expect(lead.countries).toContain(lead.country);
    }
    // DACH fills North to its cap, the rest overflows to the catch-all; round robin keeps teams even.
    const perRep = Object.fromEntries(
      (
        await db.query(
          `SELECT owner_id, count(*)::int AS n FROM lead WHERE owner_id IS NOT NULL GROUP BY owner_id`,
        )
      ).map((r: { owner_id: string; n: number }) => [r.owner_id, r.n]),
    );
    expect(perRep).toEqual({
      [DemoUsers.rep.id]: 150,
      [DemoUsers.rep2.id]: 150,
      [DemoUsers.rep3.id]: 150,
      [DemoUsers.rep4.id]: 150,
      'u-rep-e1': 90,
      'u-rep-e2': 90,
      'u-rep-e3': 90,
    });
    // The 100 DACH leads North had no room for went to the catch-all (or wait, if it was full by then).
    const [{ overflow }] = await db.query(
      `SELECT count(*)::int AS overflow FROM lead
        WHERE country IN ('DE', 'AT', 'CH') AND (owner_id IS NULL OR team_id = $1)`,
      [east.id],
    );
    expect(overflow).toBe(100);

    // The 30 that fit nowhere wait in the queue, each with the reason.
    const waiting = expectData(
      await sut.query<{
        unassignedLeads: Array<{ ownerId: string | null; unassignedReason: string }>;
      }>(DemoUsers.admin, '{ unassignedLeads(limit: 200) { ownerId unassignedReason } }'),
    ).unassignedLeads;
    expect(waiting).toHaveLength(30);
    for (const lead of waiting) {
      expect(lead.ownerId).toBeNull();
      expect(lead.unassignedReason).toContain('team East are at the cap of 90 open leads');
    }

    const published = await db.query(
      `SELECT event_type, count(*)::int AS n FROM outbox_message GROUP BY event_type ORDER BY event_type`,
    );
    expect(published).toEqual([
      { event_type: 'lead.LeadAssigned.v1', n: 870 },
      { event_type: 'lead.LeadAssignmentRuleChanged.v1', n: 3 }, // the three rules set up above
      { event_type: 'lead.LeadCaptured.v1', n: 900 },
      // marketing's form answer: one decision per captured lead, listing its four channels (docs/privacy.md, Consent)
      { event_type: 'lead.LeadConsentChanged.v1', n: 900 },
      { event_type: 'lead.LeadMerged.v1', n: 100 },
      // One personal data key per captured person, published on privacy.subject-keys (docs/privacy.md).
      { event_type: 'privacy.SubjectKeyIssued', n: 900 },
    ]);
  }, 240_000);

  it('shows a merge on the lead it went into', async () => {
    const [row] = await sut.service.deps.dataSource.query(
      `SELECT lead_id FROM lead_merge WHERE matched_on = 'EXTERNAL_ID' LIMIT 1`,
    );
    const lead = expectData(
      await sut.query<{
        lead: {
          phone: string;
          mergeCount: number;
          merges: Array<Record<string, unknown>>;
          history: Array<{ eventType: string }>;
        };
      }>(
        DemoUsers.marketing,
        `query($id: ID!) { lead(id: $id) { phone mergeCount merges { matchedOn campaign mergedFields } history { eventType } } }`,
        { id: row.lead_id },
      ),
    ).lead;
    expect(lead.mergeCount).toBe(1);
    expect(lead.phone).toBe('+49 89 1234');
    expect(lead.merges).toEqual([
      { matchedOn: 'EXTERNAL_ID', campaign: 'autumn-fair', mergedFields: ['phone'] },
    ]);
    expect(lead.history.map((h) => h.eventType)).toContain('lead.LeadMerged.v1');
  });
});
