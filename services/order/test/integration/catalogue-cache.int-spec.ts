import { DemoUsers } from '@salesgraph/identity';
import { countSqlStatements, expectData } from '@salesgraph/testing';
import { Client } from 'pg';
import { silentLogger } from '@salesgraph/messaging';
import { CATALOGUE_CHANNEL, CatalogueCache } from '../../src/modules/product/catalogue-cache';
import type { Product } from '../../src/modules/product/product.entity';
import { createProducts, startOrderService, type OrderSut } from './support/order-test-kit';

const { admin, rep } = DemoUsers;
const productNames = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Product { id name } } }`;

/**
 * Products are kept between requests for reading, and forgotten by every
 * instance when a change commits: this service's own, or another instance's
 * (a transaction on another connection that notifies the catalogue channel).
 */
describe('the catalogue cache', () => {
  let sut: OrderSut;
  let ids: Record<string, string>;

  beforeAll(async () => {
    sut = await startOrderService('ordercatalogue', { OUTBOX_POLL_INTERVAL_MS: '3600000' });
    ids = await createProducts(sut, admin, [
      { sku: 'CACHE-A', listPrice: '10', unitCost: '5' },
      { sku: 'CACHE-B', listPrice: '20', unitCost: '8' },
    ]);
  });
  afterAll(() => sut?.stop());

  const names = async () => {
    const { result, count } = await countSqlStatements(() =>
      sut.query<{ _entities: Array<{ id: string; name: string }> }>(rep, productNames, {
        r: [ids['CACHE-A'], ids['CACHE-B']].map((id) => ({ __typename: 'Product', id })),
      }),
    );
    return { names: expectData(result)._entities.map((p) => p.name), statements: count };
  };

  /** Reads until `done` holds for a read, within 5 s; answers the last read. */
  const readUntil = async (done: (read: Awaited<ReturnType<typeof names>>) => boolean) => {
    const until = Date.now() + 5_000;
    for (;;) {
      const read = await names();
      if (done(read) || Date.now() > until) return read;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };

  /** Reads until the names are `expected` (a notification arrives after its commit), within 5 s. */
  const eventually = async (expected: string[]) =>
    (await readUntil((read) => JSON.stringify(read.names) === JSON.stringify(expected))).names;

  it('reads products once, then from memory', async () => {
    const first = await names();
    expect(first).toEqual({
      names: ['Product CACHE-A', 'Product CACHE-B'],
      statements: expect.any(Number),
    });
    expect(first.statements).toBeGreaterThan(0);
    // The cache keeps nothing until its listener is connected (the service has just
    // started), and the products' creation may still be on its way to it as a
    // notification, which clears it: read again until a read is served from memory.
    const again = await readUntil((read) => read.statements === 0);
    expect(again).toEqual({ names: ['Product CACHE-A', 'Product CACHE-B'], statements: 0 });
  });

  it('forgets a product when this service changes it', async () => {
    await names();
    expectData(
      await sut.query(
        admin,
        'mutation($input: UpdateProductInput!) { updateProduct(input: $input) { id } }',
        { input: { id: ids['CACHE-A'], name: 'Renamed here' } },
      ),
    );
    expect(await eventually(['Renamed here', 'Product CACHE-B'])).toEqual([
      'Renamed here',
      'Product CACHE-B',
    ]);
  });

  it('forgets products when another instance’s change commits, and not before', async () => {
    await names();
    const other = new Client({ connectionString: sut.database.url });
    await other.connect();
    try {
      await other.query('BEGIN');
      await other.query('UPDATE product SET name = $2 WHERE id = $1', [
        ids['CACHE-B'],
        'Renamed elsewhere',
      ]);
      await other.query('SELECT pg_notify($1, $2)', [CATALOGUE_CHANNEL, '']);
      // Not committed yet: the cache still answers, with what was committed.
      expect((await names()).names).toEqual(['Renamed here', 'Product CACHE-B']);
      await other.query('COMMIT');
    } finally {
      await other.end();
    }
    expect(await eventually(['Renamed here', 'Renamed elsewhere'])).toEqual([
      'Renamed here',
      'Renamed elsewhere',
    ]);
  });

  it('keeps a page of the list, and forgets it at once when this instance changes a product', async () => {
    const listed = async (limit: number) => {
      const { result, count } = await countSqlStatements(() =>
        sut.query<{ products: Array<{ id: string; name: string }> }>(
          rep,
          'query($limit: Int!) { products(limit: $limit) { id name } }',
          { limit },
        ),
      );
      const names = expectData(result).products.map((p) => p.name);
      return {
        name: names[expectData(result).products.findIndex((p) => p.id === ids['CACHE-B'])],
        count,
        names,
      };
    };
    const first = await listed(200);
    const again = await listed(200);
    expect(again.names).toEqual(first.names);
    expect(again.count).toBe(0);
    expect((await listed(1)).names).toHaveLength(1); // another page, read on its own
    expectData(
      await sut.query(
        admin,
        'mutation($input: UpdateProductInput!) { updateProduct(input: $input) { id } }',
        { input: { id: ids['CACHE-B'], name: 'Renamed for the list' } },
      ),
    );
    // This instance changed it: it forgets at once, so its next read sees the change.
    const after = await listed(200);
    expect(after.name).toBe('Renamed for the list');
  });

  it('does not keep what a read brought back when a change committed while it read', async () => {
    const cache = new CatalogueCache(sut.service.deps.dataSource, silentLogger);
    cache.start();
    try {
      for (let i = 0; i < 100 && !cache.keeping; i++)
        await new Promise((resolve) => setTimeout(resolve, 20));
      expect(cache.keeping).toBe(true);
      const product = { id: ids['CACHE-A'] } as Product;
      let reads = 0;
      let finishRead = () => undefined as void;
      const slowRead = cache.byIds([product.id], async () => {
        reads += 1;
        await new Promise<void>((resolve) => (finishRead = resolve));
        return [product];
      });
      await sut.service.deps.dataSource.query('SELECT pg_notify($1, $2)', [CATALOGUE_CHANNEL, '']);
      await new Promise((resolve) => setTimeout(resolve, 200)); // the notification arrives
      finishRead();
      expect(await slowRead).toEqual([product]);
      const read = async () => {
        reads += 1;
        return [product];
      };
      await cache.byIds([product.id], read);
      await cache.byIds([product.id], read);
      // The slow read was not kept; the next one was, and served the third.
      expect(reads).toBe(2);
    } finally {
      await cache.stop();
    }
  });
});
