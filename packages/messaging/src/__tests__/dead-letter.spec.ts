import { deadLetterMessage, sendToDeadLetter } from '../consumer/dead-letter';
import type { OutgoingMessage } from '../kafka/message';
import { TopicNamespace } from '../topic-namespace';

describe('deadLetterMessage', () => {
  it('keeps key, value and headers and adds reason and origin', () => {
    const message = deadLetterMessage(
      {
        topic: 'lead.events.v1',
        partition: 2,
        offset: '41',
        key: 'k',
        value: Buffer.from('raw'),
        headers: { ce_type: 't' },
        timestamp: '0',
      },
      {
        kind: 'INVALID_DATA',
        reason: 'data: email: Invalid email',
        consumer: 'account.leads',
        attempts: 0,
      },
    );
    expect(message.key).toBe('k');
    expect(message.value.toString()).toBe('raw');
    expect(message.headers).toMatchObject({
      ce_type: 't',
      'dlq-reason': 'data: email: Invalid email',
      'dlq-kind': 'INVALID_DATA',
      'dlq-origin-topic': 'lead.events.v1',
      'dlq-origin-partition': '2',
      'dlq-origin-offset': '41',
      'dlq-consumer': 'account.leads',
    });
  });

  it('truncates very long reasons so the header stays within broker limits', () => {
    const message = deadLetterMessage(
      {
        topic: 't',
        partition: 0,
        offset: '0',
        key: null,
        value: null,
        headers: {},
        timestamp: '0',
      },
      { kind: 'HANDLER_FAILED', reason: 'x'.repeat(10_000), consumer: 'c', attempts: 5 },
    );
    expect(message.headers!['dlq-reason'].length).toBe(2000);
  });
});

describe('TopicNamespace', () => {
  it('prefixes topics and names their dead-letter topics', () => {
    const namespace = new TopicNamespace('t.abc.');
    expect(namespace.resolve('lead.events.v1')).toBe('t.abc.lead.events.v1');
    expect(namespace.deadLetter('lead.events.v1')).toBe('t.abc.lead.events.v1.dlq');
    expect(namespace.unresolve('t.abc.lead.events.v1')).toBe('lead.events.v1');
    expect(namespace.unresolve('other')).toBeUndefined();
  });
});

describe('sendToDeadLetter', () => {
  const failed = {
    topic: 't.abc.order.events.v1',
    partition: 0,
    offset: '7',
    key: 'o-1',
    value: Buffer.from('{ not json'),
    headers: {},
    timestamp: '0',
  };
  const failure = { kind: 'MALFORMED_JSON', reason: 'bad', consumer: 'g', attempts: 0 } as const;

  it("sends to the message's dead-letter topic, then counts it", async () => {
    const events: string[] = [];
    const sent: Array<{ topic: string; messages: OutgoingMessage[] }> = [];
    await sendToDeadLetter(
      {
        connect: async () => undefined,
        disconnect: async () => undefined,
        send: async (topic, messages) => {
          events.push('sent');
          sent.push({ topic, messages });
        },
        sendMany: async () => undefined,
      },
      failed,
      failure,
      { deadLettered: (o) => void events.push(`counted ${o.topic} ${o.kind} ${o.group}`) },
    );
    expect(events).toEqual(['sent', 'counted t.abc.order.events.v1.dlq MALFORMED_JSON g']);
    expect(sent[0].topic).toBe('t.abc.order.events.v1.dlq');
    expect(sent[0].messages[0].headers?.['dlq-kind']).toBe('MALFORMED_JSON');
  });

  it('counts nothing when the broker refuses the send', async () => {
    const counted: unknown[] = [];
    await expect(
      sendToDeadLetter(
        {
          connect: async () => undefined,
          disconnect: async () => undefined,
          send: async () => {
            throw new Error('broker unavailable');
          },
          sendMany: async () => undefined,
        },
        failed,
        failure,
        { deadLettered: (o) => void counted.push(o) },
      ),
    ).rejects.toThrow('broker unavailable');
    expect(counted).toEqual([]);
  });
});
