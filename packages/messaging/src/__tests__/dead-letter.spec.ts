import { deadLetterMessage } from '../consumer/dead-letter';
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
