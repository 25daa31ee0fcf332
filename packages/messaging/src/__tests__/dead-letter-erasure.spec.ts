import type { DeadLetter, DeadLetterAdmin } from '../dead-letters/dead-letter-admin';
import { eraseDeadLetters } from '../dead-letters/dead-letter-erasure';
import type { MessageProducer, OutgoingMessage } from '../kafka/message';
import type { TopicAdmin } from '../kafka/topic-admin';
import { TopicNamespace } from '../topic-namespace';

describe('erasing a person’s dead letters', () => {
  const namespace = new TopicNamespace('p.');
  const letter = (position: string, text: string, redrives: DeadLetter['redrives'] = []) =>
    ({
      position,
      deadLetterTopic: 'p.marketing.leads.v1.dlq',
      originTopic: 'p.marketing.leads.v1',
      key: 'k',
      redrives,
      headers: { 'dlq-kind': 'INVALID_DATA' },
      value: Buffer.from(text),
    }) as DeadLetter;

  const run = async (letters: DeadLetter[]) => {
    const sent: Array<{ topic: string; messages: OutgoingMessage[] }> = [];
    const cuts: Array<[string, number, string]> = [];
    const steps: string[] = [];
    const admin = {
      deleteRecordsBefore: async (topic: string, partition: number, offset: string) =>
        void (cuts.push([topic, partition, offset]), steps.push('cut')),
    } as unknown as TopicAdmin;
    const producer = {
      send: async (topic: string, messages: OutgoingMessage[]) =>
        void (sent.push({ topic, messages }), steps.push('send')),
    } as unknown as MessageProducer;
    const list = { list: async () => letters } as unknown as DeadLetterAdmin;
    const result = await eraseDeadLetters(
      list,
      admin,
      producer,
      namespace,
      'marketing.leads.v1',
      (l) => l.value!.toString().includes('ann@'),
    );
    return { result, sent, cuts, steps };
  };

  it('cuts each partition after the person’s last letter, moving the others before it first', async () => {
    const bobRedrive = { by: 'dpo', at: '2026-12-01T10:00:00.000Z' };
    const { result, sent, cuts, steps } = await run([
      letter('0:3', 'bob@', [bobRedrive]),
      letter('0:4', 'ann@'),
      letter('0:5', 'cy@'),
      letter('0:6', 'ann@'),
      letter('0:9', 'dee@'),
      letter('1:2', 'eve@'),
    ]);

    expect(result).toEqual({
      deadLetterTopic: 'p.marketing.leads.v1.dlq',
      removed: 2,
      moved: 2,
      truncated: { '0': '7' },
    });
    expect(sent).toHaveLength(1);
    expect(sent[0].topic).toBe('p.marketing.leads.v1.dlq');
    expect(sent[0].messages.map((m) => [String(m.value), m.headers])).toEqual([
      [
        'bob@',
        {
          'dlq-kind': 'INVALID_DATA',
          'dlq-moved-from': '0:3',
          'dlq-earlier-redrives': JSON.stringify([bobRedrive]),
        },
      ],
      [
        'cy@',
        { 'dlq-kind': 'INVALID_DATA', 'dlq-moved-from': '0:5', 'dlq-earlier-redrives': '[]' },
      ],
    ]);
    // Moved before the cut is made: an interruption in between loses no one's letter.
    expect(cuts).toEqual([['p.marketing.leads.v1.dlq', 0, '7']]);
    expect(steps).toEqual(['send', 'cut']);
  });

  it('touches nothing when none of the letters is theirs', async () => {
    const { result, sent, cuts } = await run([letter('0:1', 'bob@'), letter('1:1', 'cy@')]);
    expect(result).toMatchObject({ removed: 0, moved: 0, truncated: {} });
    expect(sent).toEqual([]);
    expect(cuts).toEqual([]);
  });
});
