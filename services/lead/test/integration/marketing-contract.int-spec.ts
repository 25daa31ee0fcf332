import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createEnvelope, LeadCaptured, Topics } from '@salesgraph/events';
import { DemoUsers } from '@salesgraph/identity';
import type { MessageBroker } from '@salesgraph/messaging';
import {
  collectMessages,
  expectData,
  testBroker,
  testInfrastructure,
  waitFor,
} from '@salesgraph/testing';
import { LeadApi } from './support/lead-api';
import {
  applyTeam,
  marketingEnvelope,
  marketingLead,
  publish,
  startLeadService,
  type LeadSut,
} from './support/lead-fixture';

const leadFields = 'id origin externalId company status ownerId campaign unassignedReason';

/** Publishes one message with kcat, a Kafka client that is not kafkajs, as marketing's tooling might. */
function publishWithKcat(topic: string, key: string, value: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const kcat = spawn('kcat', [
      '-P',
      '-b',
      testInfrastructure().kafkaBrokers.join(','),
      '-t',
      topic,
      '-k',
      key,
    ]);
    let stderr = '';
    kcat.stderr.on('data', (chunk) => (stderr += chunk));
    kcat.on('error', reject);
    kcat.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`kcat exited with ${code}: ${stderr}`)),
    );
    kcat.stdin.end(`${value}\n`);
  });
}

describe('marketing’s lead-event contract', () => {
  let sut: LeadSut;
  let broker: MessageBroker;

  beforeAll(async () => {
    sut = await startLeadService('lead-contract');
    broker = testBroker();
    await applyTeam(sut, {
      id: randomUUID(),
      name: 'North',
      managerId: DemoUsers.manager.id,
      reps: [DemoUsers.rep.id],
    });
    const rule = {
      name: 'Germany',
      priority: 1,
      teamId: (
        await sut.service.deps.dataSource.query('SELECT team_id FROM team_member LIMIT 1')
      )[0].team_id,
      countries: ['DE'],
    };
    await new LeadApi(sut).createRule(DemoUsers.manager, rule);
  });
  afterAll(async () => {
    await broker?.disconnect();
    await sut?.stop();
  });

  const leadsOfCampaign = async (campaign: string) =>
    expectData(
      await sut.query<{ leads: Array<Record<string, unknown>> }>(
        DemoUsers.marketing,
        `query($c: String!) { leads(filter: { campaign: $c }) { ${leadFields} } }`,
        { c: campaign },
      ),
    ).leads;

  it('accepts a lead published with kcat, and assigns it', async () => {
    const data = marketingLead({ campaign: `kcat-${randomUUID()}` });
    await publishWithKcat(
      `${sut.topicPrefix}${Topics.marketingLeads}`,
      data.externalId,
      JSON.stringify(marketingEnvelope(data)),
    );
    const [lead] = await waitFor(
      async () =>
        (await leadsOfCampaign(data.campaign!)).length === 1 && leadsOfCampaign(data.campaign!),
      {
        what: 'the kcat lead',
      },
    );
    expect(lead).toMatchObject({
      origin: 'MARKETING',
      externalId: data.externalId,
      company: data.company,
      status: 'NEW',
      ownerId: DemoUsers.rep.id,
    });
  });

  it('dead-letters what breaks the contract or does not belong on the topic, with the reason, and creates nothing', async () => {
    const campaign = `bad-${randomUUID()}`;
    const dlq = await collectMessages(broker, `${sut.topicPrefix}${Topics.marketingLeads}.dlq`);
    try {
      const badEmail = marketingEnvelope(marketingLead({ campaign }));
      (badEmail.data as { email: string }).email = 'not-an-email';
      const unknownType = {
        ...marketingEnvelope(marketingLead({ campaign })),
        type: 'marketing.LeadScored.v1',
      };
      const misplaced = createEnvelope(
        LeadCaptured,
        {
          leadId: randomUUID(),
          origin: 'MARKETING',
          source: 'webinar',
          campaign,
          company: 'X',
          contactName: 'Y',
          capturedAt: new Date().toISOString(),
        },
        { source: 'marketing/automation', correlationId: 'c', actor: { type: 'system' } },
      );
      await publish(broker, sut, Topics.marketingLeads, [badEmail, unknownType, misplaced]);
      await publishWithKcat(
        `${sut.topicPrefix}${Topics.marketingLeads}`,
        'garbage',
        '{"this is": not json',
      );

      await waitFor(() => dlq.messages.length >= 4, { what: 'four dead letters' });
      const reasons = Object.fromEntries(
        dlq.messages.map((m) => [m.key, `${m.headers['dlq-kind']}: ${m.headers['dlq-reason']}`]),
      );
      expect(reasons[badEmail.subject]).toMatch(/^INVALID_DATA: data: email/);
      expect(reasons[unknownType.subject]).toMatch(
        /^UNKNOWN_TYPE: unknown event type marketing.LeadScored.v1/,
      );
      expect(reasons[misplaced.subject]).toMatch(
        /^REJECTED: lead.LeadCaptured.v1 does not belong on marketing.leads.v1/,
      );
      expect(reasons.garbage).toMatch(/^MALFORMED_JSON/);
      expect(await leadsOfCampaign(campaign)).toEqual([]);
    } finally {
      await dlq.close();
    }
  });

  it('keeps a lead without consent out of reps’ hands, with the reason', async () => {
    const data = marketingLead({
      campaign: `no-consent-${randomUUID()}`,
      consent: { marketing: false },
    });
    await publish(broker, sut, Topics.marketingLeads, [marketingEnvelope(data)]);
    const [lead] = await waitFor(
      async () => (await leadsOfCampaign(data.campaign!))[0] && leadsOfCampaign(data.campaign!),
      {
        what: 'the lead without consent',
      },
    );
    expect(lead).toMatchObject({ ownerId: null, status: 'NEW' });
    expect(lead.unassignedReason).toMatch(/not agreed to be contacted/);

    // The contact signs up again, this time agreeing: the duplicate lifts the block and the rules assign.
    const optIn = { ...data, externalId: `${data.externalId}-again`, consent: { marketing: true } };
    await publish(broker, sut, Topics.marketingLeads, [marketingEnvelope(optIn)]);
    const [assigned] = await waitFor(
      async () => {
        const found = await leadsOfCampaign(data.campaign!);
        return found[0]?.ownerId ? found : undefined;
      },
      { what: 'the lead assigned after the opt-in' },
    );
    expect(assigned).toMatchObject({
      id: lead.id,
      ownerId: DemoUsers.rep.id,
      unassignedReason: null,
    });
  });
});
