import { randomUUID } from 'node:crypto';
import { Topics, type MarketingLeadCapturedData } from '@salesgraph/events';
import { DemoUsers } from '@salesgraph/identity';
import type { MessageBroker } from '@salesgraph/messaging';
import { eventCommand, systemClock } from '@salesgraph/service-kit';
import { collectMessages, expectData, testBroker, waitFor } from '@salesgraph/testing';
import type { DataSource } from 'typeorm';
import type { IntakeOutcome } from '../../src/modules/intake/lead-intake.service';
import { leadService } from '../../src/service-definition';
import { LeadApi } from './support/lead-api';
import {
  applyTeam,
  marketingEnvelope,
  marketingLead,
  startLeadService,
  type Data,
  type LeadSut,
  type TeamSpec,
} from './support/lead-fixture';

const team: TeamSpec = {
  id: randomUUID(),
  name: 'Baltic',
  managerId: DemoUsers.manager.id,
  reps: ['u-b1', 'u-b2', 'u-b3'],
};

describe('marketing intake in batches', () => {
  let sut: LeadSut;
  let db: DataSource;
  let broker: MessageBroker;

  /** Captures the records as the consumer's batch handler does: one transaction, one command each. */
  const captureBatch = (
    records: MarketingLeadCapturedData[],
    { intake } = leadService.components(sut.service.deps),
  ) => {
    return db.transaction((manager) =>
      intake.captureBatch(
        manager,
        records.map((data) => ({
          command: eventCommand(
            'lead',
            {
              manager,
              eventContext: {
                correlationId: randomUUID(),
                causationId: randomUUID(),
                actor: { type: 'service', id: 'lead' },
              },
            },
            systemClock,
          ),
          data,
        })),
      ),
    );
  };
  const leadOf = async (externalId: string | null | undefined) =>
    (
      await db.query(
        'SELECT id, owner_id, merge_count, phone, consent_to_contact FROM lead WHERE external_id = $1',
        [externalId],
      )
    )[0];
  const eventsOf = async (leadId: string) =>
    (
      await db.query(
        `SELECT event_type FROM outbox_message WHERE aggregate_id = $1 AND aggregate_type = 'Lead'
          ORDER BY position`,
        [leadId],
      )
    ).map((r: { event_type: string }) => r.event_type);

  beforeAll(async () => {
    sut = await startLeadService('lead-batch-intake');
    db = sut.service.deps.dataSource;
    broker = testBroker();
    await applyTeam(sut, team);
    await new LeadApi(sut).createRule(DemoUsers.manager, {
      name: 'Baltics',
      priority: 10,
      teamId: team.id,
      countries: ['LT', 'LV', 'EE'],
      maxOpenLeadsPerRep: 4,
    });
  });
  afterAll(async () => {
    await broker?.disconnect();
    await sut?.stop();
  });

  it('merges duplicates inside the batch and of stored leads as one-by-one intake would', async () => {
    const [stored] = await captureBatch([marketingLead({ country: 'US' })]);
    expect(stored.kind).toBe('captured');
    const storedRecord = await db.query('SELECT email, external_id FROM lead WHERE id = $1', [
      stored.lead!.id,
    ]);
    const a = marketingLead({ country: 'US' });
    const b = marketingLead({ country: 'US' });
    const outcomes = await captureBatch([
      a,
      b,
      { ...a, phone: '+370 5 123' }, // re-sent within the batch
      { ...marketingLead({ country: 'US' }), email: storedRecord[0].email.toUpperCase() },
      marketingLead({ country: 'US' }),
    ]);
    expect(outcomes.map((o) => o.kind)).toEqual([
      'captured',
      'captured',
      'merged',
      'merged',
      'captured',
    ]);
    expect(outcomes[2].lead!.id).toBe(outcomes[0].lead!.id);
    expect(outcomes[3].lead!.id).toBe(stored.lead!.id);
    expect(await leadOf(a.externalId)).toMatchObject({ merge_count: 1, phone: '+370 5 123' });
    expect((await leadOf(storedRecord[0].external_id)).merge_count).toBe(1);
    const [{ n }] = await db.query(
      'SELECT count(*)::int AS n FROM lead WHERE external_id = ANY($1::text[])',
      [[a.externalId, b.externalId]],
    );
    expect(n).toBe(2);
    // The events of the lead inserted in bulk, then of the merge, in their order.
    expect(await eventsOf(outcomes[0].lead!.id)).toEqual([
      'lead.LeadCaptured.v1',
      'lead.LeadConsentChanged.v1',
      'lead.LeadMerged.v1',
    ]);
    // Its person's key was issued with it, once.
    const [{ keys }] = await db.query(
      `SELECT count(*)::int AS keys FROM outbox_message
        WHERE event_type = 'privacy.SubjectKeyIssued' AND aggregate_id = $1`,
      [outcomes[0].lead!.id],
    );
    expect(keys).toBe(1);
  });

  it('assigns a batch in round robin without taking any rep over the cap', async () => {
    const records = Array.from({ length: 15 }, () => marketingLead({ country: 'LT' }));
    const outcomes = await captureBatch(records);
    const owners = outcomes.map((o) => o.lead!.ownerId);
    expect(owners.slice(0, 12)).toEqual([
      'u-b1', 'u-b2', 'u-b3', 'u-b1', 'u-b2', 'u-b3',
      'u-b1', 'u-b2', 'u-b3', 'u-b1', 'u-b2', 'u-b3',
    ]); // prettier-ignore
    expect(owners.slice(12)).toEqual([null, null, null]);
    const waiting: Array<{ unassigned_reason: string; team_id: string }> = await db.query(
      `SELECT unassigned_reason, team_id FROM lead WHERE country = 'LT' AND owner_id IS NULL`,
    );
    expect(waiting).toHaveLength(3);
    for (const lead of waiting) {
      expect(lead.team_id).toBe(team.id);
      expect(lead.unassigned_reason).toContain('are at the cap of 4 open leads');
    }
    expect(await eventsOf(outcomes[0].lead!.id)).toEqual([
      'lead.LeadCaptured.v1',
      'lead.LeadConsentChanged.v1',
      'lead.LeadAssigned.v1',
    ]);
    const [cursor] = await db.query(
      'SELECT last_user_id FROM assignment_cursor WHERE team_id = $1',
      [team.id],
    );
    expect(cursor.last_user_id).toBe('u-b3');
  });

  it('merges repeats of owned leads in bulk, and a merge needing look-ups in its place between them', async () => {
    await new LeadApi(sut).createRule(DemoUsers.manager, {
      name: 'Finland',
      priority: 20,
      teamId: team.id,
      countries: ['FI'],
    });
    const merges = async (leadId: string) =>
      (
        await db.query(
          'SELECT merged_fields FROM lead_merge WHERE lead_id = $1 ORDER BY merged_at, captured_at',
          [leadId],
        )
      ).map((r: { merged_fields: string[] }) => r.merged_fields);
    const stored = marketingLead({ country: 'FI' });
    const noEmail = marketingLead({ country: 'FI', email: undefined });
    const [first, second] = await captureBatch([stored, noEmail]);
    expect(first.lead!.ownerId).not.toBeNull();
    const a = marketingLead({ country: 'FI' });
    const somewhere = marketingLead({ country: undefined });
    const components = leadService.components(sut.service.deps);
    const oneByOne = jest.spyOn(components.merges, 'merge');
    const outcomes = await captureBatch(
      [
        a,
        { ...a, phone: '+358 9 111' }, // re-sent: fills the phone
        { ...marketingLead({ country: 'FI' }), email: stored.email, region: 'Uusimaa' }, // recaptured
        { ...noEmail, email: `late-${noEmail.externalId}@example.test` }, // fills a unique key: look-ups
        { ...a, region: 'Pirkanmaa', campaign: 'autumn' }, // fills the region only: a campaign is kept
        { ...noEmail, phone: '+358 9 222' },
        marketingLead({ country: 'FI' }),
        somewhere,
        { ...somewhere, country: 'FI' }, // what the rules need
      ],
      components,
    );
    // Only the e-mail fill took the one-at-a-time merge; the five others were written in bulk.
    expect(oneByOne).toHaveBeenCalledTimes(1);
    expect(outcomes.map((o) => o.kind)).toEqual([
      'captured',
      'merged',
      'merged',
      'merged',
      'merged',
      'merged',
      'captured',
      'captured',
      'merged',
    ]);
    expect(outcomes[1].lead!.id).toBe(outcomes[0].lead!.id);
    expect(outcomes[2].lead!.id).toBe(first.lead!.id);
    expect(outcomes[3].lead!.id).toBe(second.lead!.id);
    const [kept] = await db.query(
      'SELECT merge_count, phone, region, campaign, version FROM lead WHERE id = $1',
      [outcomes[0].lead!.id],
    );
    expect(kept).toEqual({
      merge_count: 2,
      phone: '+358 9 111',
      region: 'Pirkanmaa',
      campaign: a.campaign,
      version: 3,
    });
    expect(await merges(outcomes[0].lead!.id)).toEqual([['phone'], ['region']]);
    expect(await leadOf(stored.externalId)).toMatchObject({ merge_count: 1 });
    expect(await merges(first.lead!.id)).toEqual([['region']]);
    // The merge with look-ups came first, the plain one after it saw its effect.
    expect(await leadOf(noEmail.externalId)).toMatchObject({ merge_count: 2, phone: '+358 9 222' });
    expect(await merges(second.lead!.id)).toEqual([['email'], ['phone']]);
    // Assigned last, under the lock held only from there to the commit.
    expect(await eventsOf(outcomes[0].lead!.id)).toEqual([
      'lead.LeadCaptured.v1',
      'lead.LeadConsentChanged.v1',
      'lead.LeadMerged.v1',
      'lead.LeadMerged.v1',
      'lead.LeadAssigned.v1',
    ]);
    // The rules saw what the repeat added: a lead from nowhere in particular, then from Finland.
    expect(outcomes[7].kind).toBe('captured');
    expect(outcomes[7].lead!.ownerId).toMatch(/^u-b/);
    expect((await leadOf(somewhere.externalId)).owner_id).toBe(outcomes[7].lead!.ownerId);
  });

  it('stores two batches sharing people in opposite orders side by side, without a deadlock', async () => {
    const people = Array.from({ length: 40 }, () =>
      marketingLead({ country: 'US', campaign: 'side-by-side' }),
    );
    // The same people sent again under other ids, in the other order, on another partition.
    const again = people.map((p) => ({ ...marketingLead({ country: 'US' }), email: p.email }));
    // Each of these rows takes 5 ms to insert, so that the two inserts surely overlap: in their
    // events' order they would meet in the middle, each holding a person the other waits for.
    await db.query(`CREATE FUNCTION slow_side_by_side() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN PERFORM pg_sleep(0.005); RETURN NEW; END $$`);
    await db.query(`CREATE TRIGGER slow_side_by_side BEFORE INSERT ON lead FOR EACH ROW
      WHEN (NEW.campaign = 'side-by-side') EXECUTE FUNCTION slow_side_by_side()`);
    try {
      const [first, second] = await Promise.all([
        captureBatch(people),
        captureBatch(again.map((lead) => ({ ...lead, campaign: 'side-by-side' })).reverse()),
      ]);
      const kinds = [...first, ...second].map((o) => o.kind);
      expect(kinds.filter((k) => k === 'captured')).toHaveLength(people.length);
      expect(kinds.filter((k) => k === 'merged')).toHaveLength(people.length);
    } finally {
      await db.query('DROP TRIGGER slow_side_by_side ON lead');
      await db.query('DROP FUNCTION slow_side_by_side()');
    }
    const [{ n }] = await db.query(
      'SELECT count(*)::int AS n FROM lead WHERE lower(email) = ANY($1::text[])',
      [people.map((p) => p.email!.toLowerCase())],
    );
    expect(n).toBe(people.length);
  });

  it('moves the rotation for stored leads only when a lead of the batch was stored meanwhile', async () => {
    const nordic: TeamSpec = {
      id: randomUUID(),
      name: 'Iceland',
      managerId: DemoUsers.manager.id,
      reps: ['u-i1', 'u-i2', 'u-i3'],
    };
    await applyTeam(sut, nordic);
    await new LeadApi(sut).createRule(DemoUsers.manager, {
      name: 'Iceland',
      priority: 30,
      teamId: nordic.id,
      countries: ['IS'],
    });
    const person = marketingLead({ country: 'IS', campaign: 'meanwhile' });
    const rest = [marketingLead({ country: 'IS' }), marketingLead({ country: 'IS' })];
    // The person's first batch holds the row half a second before it commits: the second batch
    // looks the person up meanwhile, finds nobody, and takes the person for new.
    await db.query(`CREATE FUNCTION slow_meanwhile() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN PERFORM pg_sleep(0.5); RETURN NEW; END $$`);
    await db.query(`CREATE TRIGGER slow_meanwhile AFTER INSERT ON lead FOR EACH ROW
      WHEN (NEW.campaign = 'meanwhile') EXECUTE FUNCTION slow_meanwhile()`);
    let outcomes: IntakeOutcome[];
    try {
      const first = captureBatch([person]);
      await new Promise((resolve) => setTimeout(resolve, 150));
      const again = { ...marketingLead({ country: 'IS' }), email: person.email };
      [, outcomes] = await Promise.all([first, captureBatch([again, ...rest])]);
    } finally {
      await db.query('DROP TRIGGER slow_meanwhile ON lead');
      await db.query('DROP FUNCTION slow_meanwhile()');
    }
    expect(outcomes.map((o) => o.kind)).toEqual(['merged', 'captured', 'captured']);
    // The rotation moved once a lead stored: each rep of the three took one.
    const owners = [
      (await leadOf(person.externalId)).owner_id,
      ...(await Promise.all(rest.map(async (r) => (await leadOf(r.externalId)).owner_id))),
    ];
    expect([...owners].sort()).toEqual(['u-i1', 'u-i2', 'u-i3']);
    expect(outcomes.slice(1).map((o) => o.lead!.ownerId)).toEqual(owners.slice(1));
    const [cursor] = await db.query(
      'SELECT last_user_id FROM assignment_cursor WHERE team_id = $1',
      [nordic.id],
    );
    expect(cursor.last_user_id).toBe(owners[2]);
    // One LeadAssigned each, after its LeadCaptured.
    expect(await eventsOf(outcomes[1].lead!.id)).toEqual([
      'lead.LeadCaptured.v1',
      'lead.LeadConsentChanged.v1',
      'lead.LeadAssigned.v1',
    ]);
  });

  it('does not store an erased person again, and stores the rest of the batch', async () => {
    const person = marketingLead({ country: 'US' });
    await captureBatch([person]);
    expectData(
      await sut.query<Data>(
        DemoUsers.admin,
        `mutation($e: String) { eraseLeadPersonalData(email: $e) { subjects } }`,
        { e: person.email },
      ),
    );
    const again = { ...person, externalId: `${person.externalId}-again` };
    const other = marketingLead({ country: 'US' });
    const outcomes = await captureBatch([again, other]);
    expect(outcomes.map((o) => o.kind)).toEqual(['erased', 'captured']);
    expect(await leadOf(again.externalId)).toBeUndefined();
    expect(await leadOf(other.externalId)).toBeDefined();
  });

  it('through Kafka: an invalid event in the middle is dead-lettered, a redelivered batch doubles nothing', async () => {
    const topic = `${sut.topicPrefix}${Topics.marketingLeads}`;
    const dlq = await collectMessages(broker, `${topic}.dlq`);
    try {
      const records = Array.from({ length: 30 }, () => marketingLead({ country: 'US' }));
      const envelopes = records.map(marketingEnvelope);
      const invalid = { ...marketingEnvelope(marketingLead()), data: { externalId: 42 } };
      // One key for all: one partition, so they arrive in one fetch.
      const producer = broker.producer();
      const send = (values: object[]) =>
        producer.send(
          topic,
          values.map((v) => ({ key: 'campaign-1', value: JSON.stringify(v) })),
        );
      await send([...envelopes.slice(0, 15), invalid, ...envelopes.slice(15)]);
      const stored = async () =>
        Number(
          (
            await db.query(
              'SELECT count(*)::int AS n FROM lead WHERE external_id = ANY($1::text[])',
              [records.map((r) => r.externalId)],
            )
          )[0].n,
        );
      await waitFor(async () => (await stored()) === 30, { what: 'the 30 valid leads stored' });
      const dead = await waitFor(() => dlq.messages[0], {
        what: 'the invalid event dead-lettered',
      });
      expect(dead.headers['dlq-kind']).toBe('INVALID_DATA');
      expect(JSON.parse(dead.value!.toString()).id).toBe(invalid.id);

      const captured = async () =>
        Number(
          (
            await db.query(
              `SELECT count(*)::int AS n FROM outbox_message WHERE event_type = 'lead.LeadCaptured.v1'`,
            )
          )[0].n,
        );
      const before = await captured();
      // Redelivered, as after a crash before the offsets were committed, and a new lead
      // behind them on their partition: once it is stored, so is what they did.
      const marker = marketingLead({ country: 'US' });
      await send([...envelopes, marketingEnvelope(marker)]);
      await waitFor(async () => (await leadOf(marker.externalId)) !== undefined, {
        what: 'the lead after the redelivered ones',
      });
      expect(await stored()).toBe(30);
      expect(await captured()).toBe(before + 1);
      const merged = await db.query(
        'SELECT count(*)::int AS n FROM lead WHERE external_id = ANY($1::text[]) AND merge_count > 0',
        [records.map((r) => r.externalId)],
      );
      expect(merged[0].n).toBe(0);
      await producer.disconnect();
    } finally {
      await dlq.close();
    }
  });
});
