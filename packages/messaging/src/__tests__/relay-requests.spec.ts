import type { OutgoingMessage } from '../kafka/message';
import { byTopic, requests } from '../outbox/outbox-relay';
import type { PendingRow } from '../outbox/pending-rows';

const row = (id: string, topic: string, payloadBytes: number): PendingRow => ({
  id,
  position: id,
  aggregate_type: 'Lead',
  aggregate_id: `lead-${id}`,
  event_type: 'lead.LeadCaptured.v1',
  topic,
  payload: JSON.stringify({ pad: 'x'.repeat(payloadBytes) }),
  traceparent: null,
  tracestate: null,
  correlation_id: id,
  attempts: 0,
});

const cut = (rows: PendingRow[], maxBytes: number, value = (r: PendingRow) => r.payload) => {
  const messages = new Map<PendingRow, OutgoingMessage>(
    rows.map((r) => [r, { key: r.aggregate_id, value: value(r) }]),
  );
  return [...requests(rows, messages, maxBytes)].map((run) => run.map((r) => r.id));
};

describe('the relay cutting a round into produce requests', () => {
  it('puts rows of several topics in one request, in their order', () => {
    const rows = [
      row('1', 'lead', 10),
      row('2', 'keys', 10),
      row('3', 'lead', 10),
      row('4', 'keys', 10),
    ];
    expect(cut(rows, 1_000_000)).toEqual([['1', '2', '3', '4']]);
  });

  it('hands a request to the producer by topic, each topic in the order of its rows', () => {
    const rows = [
      row('1', 'lead', 10),
      row('2', 'keys', 10),
      row('3', 'lead', 10),
      row('4', 'keys', 10),
      row('5', 'order', 10),
    ];
    expect(byTopic(rows).map(([topic, part]) => [topic, part.map((r) => r.id)])).toEqual([
      ['lead', ['1', '3']],
      ['keys', ['2', '4']],
      ['order', ['5']],
    ]);
  });

  it('closes a request before it would pass the byte limit, keys and values counted', () => {
    // Each message: a 6-byte key and a value of 100 + 10 bytes ({"pad":"…"}).
    const rows = ['1', '2', '3', '4', '5'].map((id) => row(id, 'lead', 100));
    expect(cut(rows, 3 * 116)).toEqual([
      ['1', '2', '3'],
      ['4', '5'],
    ]);
    expect(cut(rows, 3 * 116 - 1)).toEqual([['1', '2'], ['3', '4'], ['5']]);
  });

  it('sends a row larger than the limit alone, and counts bytes, not characters', () => {
    const rows = [row('1', 'lead', 10), row('2', 'lead', 500), row('3', 'lead', 10)];
    expect(cut(rows, 100)).toEqual([['1'], ['2'], ['3']]);
    // 40 three-byte characters: 120 bytes, though 40 characters.
    const wide = [row('1', 'lead', 0), row('2', 'lead', 0)];
    expect(cut(wide, 150, () => '€'.repeat(40))).toEqual([['1'], ['2']]);
  });

  it('counts a tombstone as its key alone', () => {
    const rows = [row('1', 'keys', 0), row('2', 'keys', 0)];
    expect(cut(rows, 12, () => null as unknown as string)).toEqual([['1', '2']]);
  });
});
