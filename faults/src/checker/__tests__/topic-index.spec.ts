import { TopicIndex } from '../topic-index';
import type { TopicRecord } from '../topic-reader';

const record = (over: Partial<TopicRecord>): TopicRecord => ({
  topic: 't',
  partition: 0,
  offset: 0n,
  key: 'k',
  headers: {},
  timestamp: 0,
  ...over,
});

describe('the topic index', () => {
  it('finds an event by its envelope id, and a key record (no envelope id) by its ce_id header', () => {
    const index = new TopicIndex('t', [
      record({ envelope: { id: 'e-1', type: 'lead.LeadCaptured.v1' } }),
      record({ offset: 1n, envelope: {}, headers: { ce_id: 'row-2' } }),
      record({ offset: 2n, envelope: {}, headers: {} }),
    ]);
    expect([...index.byId.keys()]).toEqual(['e-1', 'row-2']);
    expect(index.unreadable).toHaveLength(1);
  });
});
