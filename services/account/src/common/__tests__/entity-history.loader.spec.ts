import { LoaderRegistry, type AuditEntry, type GraphQLContext } from '@salesgraph/service-kit';
import { historyOf } from '../entity-history.loader';
import type { EntityHistoryReader, HistorySubject } from '../entity-history.reader';
import { HistorySources } from '../history-sources';

const entry = (eventId: string): AuditEntry => ({
  eventId,
  eventType: 'account.ContactUpdated.v1',
  actorId: 'u-am-alex',
  occurredAt: new Date('2026-11-01T10:00:00Z'),
  correlationId: 'c-1',
  data: {},
});

/** A reader that records what it was asked for and knows one history. */
function fakeReader() {
  const calls: HistorySubject[][] = [];
  const reader = {
    async read(_source: unknown, subjects: readonly HistorySubject[]) {
      calls.push([...subjects]);
      return new Map([['c-2', [entry('e-1'), entry('e-2')]]]);
    },
  } as unknown as EntityHistoryReader;
  return { reader, calls };
}

describe('historyOf', () => {
  // a request's context as far as the loader uses it: its own DataLoaders
  const context = () => ({ loaders: new LoaderRegistry() }) as unknown as GraphQLContext;

  it('reads the histories of all entities a request shows at once, with their accounts', async () => {
    const { reader, calls } = fakeReader();
    const ctx = context();
    const histories = await Promise.all(
      [
        { id: 'c-1', accountId: 'a-1' },
        { id: 'c-2', accountId: 'a-1' },
        { id: 'c-3', accountId: 'a-2' },
      ].map((contact) => historyOf(ctx, reader, HistorySources.contact, contact)),
    );
    expect(calls).toEqual([
      [
        { id: 'c-1', accountId: 'a-1' },
        { id: 'c-2', accountId: 'a-1' },
        { id: 'c-3', accountId: 'a-2' },
      ],
    ]);
    expect(histories.map((h) => h.map((e) => e.eventId))).toEqual([[], ['e-1', 'e-2'], []]);
  });

  it('keeps the kinds of entity apart and does not share loaders between requests', async () => {
    const { reader, calls } = fakeReader();
    const ctx = context();
    await Promise.all([
      historyOf(ctx, reader, HistorySources.contact, { id: 'c-1', accountId: 'a-1' }),
      historyOf(ctx, reader, HistorySources.serviceRequest, { id: 'r-1', accountId: 'a-1' }),
    ]);
    await historyOf(context(), reader, HistorySources.contact, { id: 'c-1', accountId: 'a-1' });
    expect(calls).toHaveLength(3);
  });
});
