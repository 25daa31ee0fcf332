import { Topics } from '@salesgraph/events';
import { collectMessages, errorCode, testBroker, waitFor } from '@salesgraph/testing';
import { asUser } from './support/e2e-client';
import {
  brokerTopic,
  demoUser,
  graph,
  graphEventually,
  marketingLead,
  publishMarketingLead,
  publishWithKcat,
} from './support/platform';

/**
 * A day in the life of marketing: it publishes leads from a campaign into
 * Kafka with its own client, and follows what became of them through the
 * graph, without seeing the reps' notes.
 */
describe('marketing publishes leads and sees their outcome', () => {
  it('follows a campaign: assigned, merged, disqualified with a reason, but no reps’ notes', async () => {
    const first = marketingLead({ country: 'DE' });
    const campaign = first.campaign!;
    const overseas = marketingLead({ country: 'US', campaign });
    const again = {
      ...marketingLead({ campaign, country: 'DE' }),
      email: first.email!.toUpperCase(),
    };
    type Leads = {
      leads: Array<{
        id: string;
        externalId: string;
        status: string;
        ownerId: string | null;
        mergeCount: number;
        unassignedReason: string | null;
      }>;
    };
    const leadsQuery =
      'query($c: String) { leads(filter: { campaign: $c }) { id externalId status ownerId mergeCount unassignedReason } }';
    // The re-send goes out once the first is stored: keyed by their own external
    // ids, the two can sit on different partitions, and the lead service handles
    // partitions side by side, so either could otherwise be the one stored.
    for (const lead of [first, overseas]) await publishMarketingLead(lead);
    await graphEventually<Leads>(
      'marketing',
      leadsQuery,
      { c: campaign },
      (d) => d.leads.length === 2,
      'the two leads of the campaign',
    );
    await publishMarketingLead(again);
    const outcome = await graphEventually<Leads>(
      'marketing',
      leadsQuery,
      { c: campaign },
      (d) => d.leads.length === 2 && d.leads.some((l) => l.mergeCount === 1),
      'two leads, the re-sent one merged',
    );
    const german = outcome.leads.find((l) => l.externalId === first.externalId)!;
    const american = outcome.leads.find((l) => l.externalId === overseas.externalId)!;
    expect(german).toMatchObject({ status: 'NEW', mergeCount: 1 });
    expect(german.ownerId).not.toBeNull();
    expect(american.ownerId).toBeNull();
    expect(american.unassignedReason).toEqual(expect.any(String));

    // The owner works it and disqualifies it; marketing sees the outcome and the reason.
    const rep = demoUser(german.ownerId!);
    await graph(
      rep,
      'mutation($id: ID!) { logLeadActivity(leadId: $id, input: { type: CALL, outcome: NOT_INTERESTED, notes: "budget frozen until 2028" }) { id } }',
      { id: german.id },
    );
    await graph(
      rep,
      'mutation($id: ID!) { disqualifyLead(id: $id, input: { reason: "No budget before 2028" }) { status } }',
      { id: german.id },
    );
    const seen = await graph<{ lead: { status: string; disqualificationReason: string } }>(
      'marketing',
      'query($id: ID!) { lead(id: $id) { status disqualificationReason } }',
      { id: german.id },
    );
    expect(seen.lead).toEqual({
      status: 'DISQUALIFIED',
      disqualificationReason: 'No budget before 2028',
    });

    const notes = await asUser(
      'marketing',
      'query($id: ID!) { lead(id: $id) { activities { notes } } }',
      { id: german.id },
    );
    expect(errorCode(notes)).toBe('FORBIDDEN');
    expect(JSON.stringify(notes)).not.toContain('budget frozen');
    const change = await asUser(
      'marketing',
      'mutation($id: ID!) { qualifyLead(id: $id) { status } }',
      { id: american.id },
    );
    expect(errorCode(change)).toBe('FORBIDDEN');
  });

  it('gets a malformed lead back on the dead-letter topic with the reason, and the next lead still arrives', async () => {
    const broker = testBroker();
    const dlq = await collectMessages(broker, `${brokerTopic(Topics.marketingLeads)}.dlq`);
    try {
      const bad = marketingLead({ email: 'not-an-email' as never });
      await publishWithKcat(
        Topics.marketingLeads,
        bad.externalId,
        JSON.stringify({ specversion: '1.0', type: 'marketing.LeadCaptured.v1', data: bad }),
      );
      const good = marketingLead();
      await publishMarketingLead(good);
      await graphEventually<{ leads: unknown[] }>(
        'marketing',
        'query($c: String) { leads(filter: { campaign: $c }) { id } }',
        { c: good.campaign },
        (d) => d.leads.length === 1,
        'the good lead',
      );
      const dead = await waitFor(() => dlq.messages.find((m) => m.key === bad.externalId), {
        what: 'the malformed lead on the DLQ',
      });
      expect(dead.headers['dlq-reason']).toMatch(/envelope|email/);
      expect(dead.headers['dlq-origin-topic']).toBe(brokerTopic(Topics.marketingLeads));
    } finally {
      await dlq.close();
      await broker.disconnect();
    }
  });
});
