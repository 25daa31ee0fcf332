import { ProductChanged } from '@salesgraph/events';
import { DemoUsers } from '@salesgraph/identity';
import type { DataSource } from 'typeorm';
import { LoaderRegistry } from '../../graphql/loader-registry';
import { HistoryReader } from '../history-reader';

/** A data source that records each statement and answers with no rows. */
function countingDataSource() {
  const statements: unknown[][] = [];
  const manager = {
    query: async (_sql: string, params: unknown[]) => {
      statements.push(params);
      return [];
    },
  };
  return { dataSource: { manager } as unknown as DataSource, statements };
}

describe('HistoryReader.load', () => {
  it('reads the histories of every entity one request shows in one statement', async () => {
    const { dataSource, statements } = countingDataSource();
    const reader = new HistoryReader(dataSource);
    const command = { loaders: new LoaderRegistry(), user: DemoUsers.rep };
    const source = { aggregateType: 'Lead' };
    const ids = Array.from(
      { length: 100 },
      (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    );
    const histories = await Promise.all(ids.map((id) => reader.load(command, source, { id })));
    expect(histories).toHaveLength(100);
    expect(statements).toHaveLength(1);
    expect(statements[0][1]).toEqual(ids);
  });

  it('passes the parents for sources whose older events were keyed by the parent', async () => {
    const { dataSource, statements } = countingDataSource();
    const reader = new HistoryReader(dataSource);
    const command = { loaders: new LoaderRegistry(), user: DemoUsers.rep };
    const source = {
      aggregateType: 'Contact',
      namedIn: { aggregateType: 'Account', dataKey: 'contactId' },
    };
    await Promise.all([
      reader.load(command, source, { id: 'c-1', parentId: 'a-1' }),
      reader.load(command, source, { id: 'c-2', parentId: 'a-1' }),
      reader.load(command, source, { id: 'c-3', parentId: 'a-2' }),
    ]);
    expect(statements).toHaveLength(1);
    expect(statements[0]).toEqual([
      'Contact',
      ['c-1', 'c-2', 'c-3'],
      200,
      'Account',
      ['a-1', 'a-2'],
      ['contactId'],
    ]);
  });
});

describe('HistoryReader with a parent that names its parts one level down', () => {
  it('matches the first present data path, in the same one statement', async () => {
    const { dataSource, statements } = countingDataSource();
    const reader = new HistoryReader(dataSource);
    const command = { loaders: new LoaderRegistry(), user: DemoUsers.rep };
    const source = {
      aggregateType: 'RelationshipAction',
      namedIn: { aggregateType: 'AccountPlan', dataPaths: [['action', 'actionId'], ['actionId']] },
    };
    await Promise.all([
      reader.load(command, source, { id: 'x-1', parentId: 'p-1' }),
      reader.load(command, source, { id: 'x-2', parentId: 'p-1' }),
    ]);
    expect(statements).toEqual([
      [
        'RelationshipAction',
        ['x-1', 'x-2'],
        200,
        'AccountPlan',
        ['p-1'],
        ['action', 'actionId'],
        ['actionId'],
      ],
    ]);
  });
});

describe('HistoryReader.read', () => {
  const row = (eventType: string, data: Record<string, unknown>) => ({
    subject_id: 'b0000000-0000-4000-8000-000000000001',
    id: `e-${eventType}`,
    event_type: eventType,
    actor_id: 'u-admin',
    occurred_at: new Date('2026-03-01T10:00:00Z'),
    correlation_id: 'c-1',
    data,
  });
  const product = { productId: 'b0000000-0000-4000-8000-000000000001', unitCost: '131.45' };
  const dataSource = {
    manager: { query: async () => [row(ProductChanged.type, product)] },
  } as unknown as DataSource;

  it('shows each reader the event data they may see', async () => {
    const reader = new HistoryReader(dataSource);
    const subject = [{ id: product.productId }];
    const asRep = await reader.read({ aggregateType: 'Product' }, subject, DemoUsers.rep);
    expect(asRep.get(product.productId)).toEqual([
      expect.objectContaining({
        eventType: ProductChanged.type,
        data: { productId: product.productId },
        redacted: ['unitCost'],
      }),
    ]);
    const asManager = await reader.read({ aggregateType: 'Product' }, subject, DemoUsers.manager);
    expect(asManager.get(product.productId)).toEqual([
      expect.objectContaining({ data: product, redacted: [] }),
    ]);
  });
});
