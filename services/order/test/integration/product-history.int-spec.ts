import { ProductChanged, Topics } from '@salesgraph/events';
import { DemoUsers, type AuthenticatedUser } from '@salesgraph/identity';
import {
  chronologyOf,
  errorCode,
  expectData,
  historyFields,
  outboxCount,
  publishedEvents,
  stillTrueAfter,
  waitFor,
  type HistoryEntry,
  type PublishedEvents,
} from '@salesgraph/testing';
import { startOrderService, type OrderSut } from './support/order-test-kit';

const { admin, rep, coordinator } = DemoUsers;
const admin2: AuthenticatedUser = { ...admin, id: 'u-admin-2', name: 'Abe Admin' };
const fields = `id sku listPrice active ${historyFields}`;
const create = `mutation($i: CreateProductInput!) { createProduct(input: $i) { ${fields} } }`;
const update = `mutation($i: UpdateProductInput!) { updateProduct(input: $i) { ${fields} } }`;
const valve = {
  sku: 'HIS-100',
  name: 'Ball valve DN25',
  productLine: 'Valves',
  listPrice: '99.5',
  unitCost: '41.20',
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Data = Record<string, any>;

describe('product history', () => {
  let sut: OrderSut;
  let topic: PublishedEvents;
  let productId: string;
  const started = new Date();
  const gql = (user: AuthenticatedUser, query: string, variables: Record<string, unknown> = {}) =>
    sut.query<Data>(user, query, variables);
  const productEvents = () =>
    outboxCount(sut.service.deps.dataSource, ProductChanged.aggregateType);
  const published = (id: string) => topic.about(id);

  beforeAll(async () => {
    sut = await startOrderService('orderproducts');
    topic = await publishedEvents(`${sut.topicPrefix}${Topics.order}`);
  });
  afterAll(async () => {
    await topic?.close();
    await sut?.stop();
  });

  it('records who created and changed a product, which fields and when, in order, and publishes it', async () => {
    const created = expectData(await gql(admin, create, { i: valve })).createProduct;
    productId = created.id;
    expect(created.listPrice).toBe('99.50');
    expect(created.history).toEqual([
      expect.objectContaining({
        eventType: ProductChanged.type,
        actorId: admin.id,
        data: expect.objectContaining({
          productId,
          change: 'CREATED',
          listPrice: '99.50',
          changedFields: ['sku', 'name', 'productLine', 'listPrice', 'unitCost', 'active'],
        }),
      }),
    ]);

    expectData(await gql(admin, update, { i: { id: productId, listPrice: '104.90' } }));
    // Equal values are no change: only the cost and the status count, and another admin made them.
    const changed = expectData(
      await gql(admin2, update, {
        i: { id: productId, listPrice: '104.9', unitCost: '43.00', active: false },
      }),
    ).updateProduct;
    expect(changed).toMatchObject({ listPrice: '104.90', active: false });

    const history: HistoryEntry[] = changed.history;
    expect(history.map((h) => [h.actorId, h.data.change, h.data.changedFields])).toEqual([
      [admin.id, 'CREATED', ['sku', 'name', 'productLine', 'listPrice', 'unitCost', 'active']],
      [admin.id, 'UPDATED', ['listPrice']],
      [admin2.id, 'UPDATED', ['unitCost', 'active']],
    ]);
    expect(history[2].data).toMatchObject({
      listPrice: '104.90',
      unitCost: '43.00',
      active: false,
    });
    expect(chronologyOf(history, started)).toEqual({ oldestFirst: true, sinceThen: true });

    const events = await waitFor(() => published(productId).length === 3 && published(productId), {
      what: 'three ProductChanged on the order topic',
    });
    expect(events.map((e) => [e.type, e.actorid, e.data.change])).toEqual([
      [ProductChanged.type, admin.id, 'CREATED'],
      [ProductChanged.type, admin.id, 'UPDATED'],
      [ProductChanged.type, admin2.id, 'UPDATED'],
    ]);
  });

  it('shows the history to everyone who reads the catalogue, also through _entities', async () => {
    const byRep = expectData(
      await gql(rep, 'query($id: ID!) { product(id: $id) { history { actorId } } }', {
        id: productId,
      }),
    ).product.history;
    expect(byRep).toHaveLength(3);
    const entities = expectData(
      await gql(
        coordinator,
        'query($r: [_Any!]!) { _entities(representations: $r) { ... on Product { history { data } } } }',
        { r: [{ __typename: 'Product', id: productId }] },
      ),
    )._entities;
    expect(entities[0].history.map((h: HistoryEntry) => h.data.change)).toEqual([
      'CREATED',
      'UPDATED',
      'UPDATED',
    ]);
  });

  it('emits nothing for a refused change or a change that changes nothing', async () => {
    const before = await productEvents();
    expect(errorCode(await gql(rep, create, { i: { ...valve, sku: 'HIS-200' } }))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await gql(coordinator, update, { i: { id: productId, active: true } }))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await gql(admin, create, { i: { ...valve, sku: 'his 200' } }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(
      errorCode(await gql(admin, create, { i: { ...valve, sku: 'HIS-200', listPrice: '-1' } })),
    ).toBe('BAD_USER_INPUT');
    expect(errorCode(await gql(admin, create, { i: valve }))).toBe('CONFLICT');
    expect(errorCode(await gql(admin, update, { i: { id: productId, unitCost: '1.234' } }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(
      errorCode(
        await gql(admin, update, {
          i: { id: 'b9999999-0000-4000-8000-000000000001', active: true },
        }),
      ),
    ).toBe('NOT_FOUND');
    expect(errorCode(await gql(admin, update, { i: { id: 'VAL-100', active: true } }))).toBe(
      'BAD_USER_INPUT',
    );
    const same = expectData(
      await gql(admin, update, { i: { id: productId, listPrice: '104.90', active: false } }),
    ).updateProduct;
    expect(same.history).toHaveLength(3);

    expect(await productEvents()).toBe(before);
    expect(
      (await sut.service.deps.dataSource.query(`SELECT count(*)::int AS n FROM product`))[0].n,
    ).toBe(1);
    expect(await stillTrueAfter(500, () => published(productId).length === 3)).toBe(true);
  });
});
