import { Topics } from '@salesgraph/events';
import { DemoUsers } from '@salesgraph/identity';
import {
  collectMessages,
  errorCode,
  marketingLeadEnvelope,
  testBroker,
  waitFor,
} from '@salesgraph/testing';
import { asUser } from './support/e2e-client';
import { brokerTopic, graph, graphEventually, marketingLead } from './support/platform';

interface Letter {
  position: string;
  topic: string;
  key: string | null;
  eventId: string | null;
  kind: string | null;
  reason: string | null;
  consumer: string | null;
  redrives: Array<{ by: string; at: string }>;
}

const LETTER_FIELDS = 'position topic key eventId kind reason consumer redrives { by at }';

/**
 * Dead letters through the graph: an admin lists a topic's letters, inspects
 * one, sends it back to its topic, and the event is applied; the redrive
 * keeps the original key and headers and records who and when. Nobody else
 * may see or redrive them.
 */
describe('dead letters, for admins through the gateway', () => {
  const broker = testBroker();
  afterAll(() => broker.disconnect());

  it('lists, shows and redrives a dead letter, and the event is applied', async () => {
    // A lead the intake gave up on (a handler bug since fixed): its letter, as the consumer writes it.
    const lead = marketingLead({ country: 'US' });
    const envelope = marketingLeadEnvelope(lead, 'e2e');
    const origin = brokerTopic(Topics.marketingLeads);
    await broker.producer().send(`${origin}.dlq`, [
      {
        key: lead.externalId,
        value: JSON.stringify(envelope),
        headers: {
          'content-type': 'application/cloudevents+json; charset=utf-8',
          ce_id: envelope.id,
          ce_type: envelope.type,
          'dlq-reason': 'after 5 attempts: column "segment" does not exist',
          'dlq-kind': 'HANDLER_FAILED',
          'dlq-consumer': 'lead.marketing-intake',
          'dlq-attempts': '5',
          'dlq-origin-topic': origin,
          'dlq-origin-partition': '0',
          'dlq-origin-offset': '0',
          'dlq-failed-at': new Date().toISOString(),
        },
      },
    ]);

    const listed = await graphEventually<{
      deadLetters: { total: number; notRedriven: number; letters: Letter[] };
    }>(
      'admin',
      `query($t: String!) { deadLetters(topic: $t, notRedrivenOnly: true, limit: 200) { total notRedriven letters { ${LETTER_FIELDS} } } }`,
      { t: Topics.marketingLeads },
      (d) => d.deadLetters.letters.some((l) => l.eventId === envelope.id),
      'the dead letter to be listed',
    );
    const letter = listed.deadLetters.letters.find((l) => l.eventId === envelope.id)!;
    expect(letter).toMatchObject({
      topic: Topics.marketingLeads,
      key: lead.externalId,
      kind: 'HANDLER_FAILED',
      reason: 'after 5 attempts: column "segment" does not exist',
      consumer: 'lead.marketing-intake',
      redrives: [],
    });

    const shown = await graph<{
      deadLetter: {
        payload: string;
        payloadTruncated: boolean;
        headers: Array<{ name: string; value: string }>;
      };
    }>(
      'admin',
      'query($t: String!, $p: String!) { deadLetter(topic: $t, position: $p) { payload payloadTruncated headers { name value } } }',
      { t: Topics.marketingLeads, p: letter.position },
    );
    expect(JSON.parse(shown.deadLetter.payload)).toEqual(envelope);
    expect(shown.deadLetter.payloadTruncated).toBe(false);
    expect(shown.deadLetter.headers).toContainEqual({ name: 'ce_id', value: envelope.id });

    // Not a lead yet: the intake never applied it.
    const leads = (campaign: string) =>
      graph<{ leads: Array<{ externalId: string }> }>(
        'marketing',
        'query($c: String) { leads(filter: { campaign: $c }) { externalId } }',
        { c: campaign },
      );
    expect((await leads(lead.campaign!)).leads).toEqual([]);

    const onTopic = await collectMessages(broker, origin);
    try {
      const redriven = await graph<{ redriveDeadLetter: Letter }>(
        'admin',
        `mutation($t: String!, $p: String!) { redriveDeadLetter(topic: $t, position: $p) { ${LETTER_FIELDS} } }`,
        { t: Topics.marketingLeads, p: letter.position },
      );
      expect(redriven.redriveDeadLetter.redrives).toEqual([
        { by: DemoUsers.admin.id, at: expect.any(String) },
      ]);
      const at = Date.parse(redriven.redriveDeadLetter.redrives[0].at);
      expect(Math.abs(Date.now() - at)).toBeLessThan(120_000);

      // Back on its topic with the original key, value and headers, and who sent it back.
      const resent = await waitFor(
        () => onTopic.messages.find((m) => m.headers.ce_id === envelope.id),
        { what: 'the redriven event on the marketing topic' },
      );
      expect(resent.key).toBe(lead.externalId);
      expect(JSON.parse(resent.value!.toString())).toEqual(envelope);
      expect(resent.headers).toMatchObject({
        ce_type: envelope.type,
        'redriven-by': DemoUsers.admin.id,
        'redriven-from': `${origin}.dlq:${letter.position}`,
      });
      expect(Object.keys(resent.headers).filter((h) => h.startsWith('dlq-'))).toEqual([]);
    } finally {
      await onTopic.close();
    }

    // Applied: the lead is there now, once.
    await graphEventually(
      'marketing',
      'query($c: String) { leads(filter: { campaign: $c }) { externalId } }',
      { c: lead.campaign },
      (d: { leads: Array<{ externalId: string }> }) => d.leads.length === 1,
      'the redriven lead to be captured',
    );

    // The list remembers who redrove it and when.
    const after = await graph<{ deadLetters: { letters: Letter[] } }>(
      'admin',
      `query($t: String!) { deadLetters(topic: $t, limit: 200) { letters { ${LETTER_FIELDS} } } }`,
      { t: Topics.marketingLeads },
    );
    expect(after.deadLetters.letters.find((l) => l.eventId === envelope.id)?.redrives).toEqual([
      { by: DemoUsers.admin.id, at: expect.any(String) },
    ]);
  });

  it('is for admins only: others get FORBIDDEN', async () => {
    for (const who of ['rep', 'manager', 'coordinator', 'marketing'] as const) {
      const list = await asUser(who, '{ deadLetters(topic: "lead.events.v1") { total } }');
      expect({ who, code: errorCode(list) }).toEqual({ who, code: 'FORBIDDEN' });
      const redrive = await asUser(
        who,
        'mutation { redriveDeadLetter(topic: "lead.events.v1", position: "0:0") { position } }',
      );
      expect({ who, code: errorCode(redrive) }).toEqual({ who, code: 'FORBIDDEN' });
    }
  });

  it('names the topics it knows when asked for another', async () => {
    const response = await asUser('admin', '{ deadLetters(topic: "payroll.v1") { total } }');
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].message).toContain('lead.events.v1');
  });
});
