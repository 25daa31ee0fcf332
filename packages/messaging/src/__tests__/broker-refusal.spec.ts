import { brokerRefusal } from '../outbox/broker-refusal';

const protocolError = (type: string, retriable: boolean) =>
  Object.assign(new Error(`broker says ${type}`), { type, retriable });

describe('brokerRefusal', () => {
  it('names a message the broker will never accept', () => {
    expect(brokerRefusal(protocolError('MESSAGE_TOO_LARGE', false))).toMatch(/^MESSAGE_TOO_LARGE/);
    expect(brokerRefusal(protocolError('TOPIC_AUTHORIZATION_FAILED', false))).toMatch(
      /TOPIC_AUTHORIZATION_FAILED/,
    );
  });

  it('finds a missing topic behind the retries kafkajs gave up on', () => {
    const exhausted = Object.assign(new Error('Number of retries exceeded'), {
      originalError: protocolError('UNKNOWN_TOPIC_OR_PARTITION', true),
    });
    expect(brokerRefusal(exhausted)).toMatch(/UNKNOWN_TOPIC_OR_PARTITION/);
  });

  it('treats an absent broker or a lost producer session as an outage, not a refusal', () => {
    expect(
      brokerRefusal(Object.assign(new Error('Connection error'), { code: 'ECONNREFUSED' })),
    ).toBeUndefined();
    expect(brokerRefusal(protocolError('LEADER_NOT_AVAILABLE', true))).toBeUndefined();
    expect(brokerRefusal(protocolError('OUT_OF_ORDER_SEQUENCE_NUMBER', false))).toBeUndefined();
    expect(brokerRefusal(new Error('anything else'))).toBeUndefined();
  });
});
