import { randomUUID } from 'node:crypto';
import { DemoAccounts } from '@salesgraph/demo-data';
import { DemoUsers, type AuthenticatedUser } from '@salesgraph/identity';
import { graph } from './support/platform';

/**
 * Issue 12, the last gap: every `history` shows event data, and order and
 * product events carry unit costs, cost amounts and margins. A reader without
 * cost access reads the history with those fields left out (and named in
 * `redacted`); the readers of costs and margins read them whole.
 */
describe('history of orders and products', () => {
  const suffix = randomUUID().slice(0, 6).toUpperCase();
  // Figures chosen to appear nowhere else in the answer: list 88.40, cost 37.19, 3 pieces.
  const product = {
    sku: `RED-${suffix}`,
    name: 'Redaction test flange',
    productLine: 'Flanges',
    listPrice: '88.40',
    unitCost: '37.19',
  };
  const costFigures = ['37.19', '111.57', '153.63'];
  let productId: string;
  let orderId: string;

  const historyQuery = `query($o: ID!, $p: ID!) {
    order(id: $o) { totalNet history { eventType actorId data redacted } }
    product(id: $p) { listPrice history { eventType actorId data redacted } }
  }`;
  interface Entry {
    eventType: string;
    data: Record<string, unknown>;
    redacted: string[];
  }
  interface Histories {
    order: { totalNet: string; history: Entry[] };
    product: { listPrice: string; history: Entry[] };
  }
  const histories = (who: AuthenticatedUser) =>
    graph<Histories>(who, historyQuery, { o: orderId, p: productId });

  /** Every key anywhere in the entries' data. */
  const keysOf = (value: unknown): string[] =>
    value === null || typeof value !== 'object'
      ? []
      : Object.entries(value).flatMap(([key, v]) => [
          ...(Array.isArray(value) ? [] : [key]),
          ...keysOf(v),
        ]);

  beforeAll(async () => {
    productId = (
      await graph<{ createProduct: { id: string } }>(
        DemoUsers.admin,
        'mutation($i: CreateProductInput!) { createProduct(input: $i) { id } }',
        { i: product },
      )
    ).createProduct.id;
    const drafted = await graph<{ createOrder: { id: string; version: number } }>(
      DemoUsers.rep,
      'mutation($a: ID!, $p: ID!) { createOrder(input: { accountId: $a, lines: [{ productId: $p, quantity: "3" }] }) { id version } }',
      { a: DemoAccounts.umbrella.id, p: productId },
    );
    orderId = drafted.createOrder.id;
    await graph(
      DemoUsers.rep,
      'mutation($id: ID!, $v: Int!) { placeOrder(orderId: $id, expectedVersion: $v) { status } }',
      { id: orderId, v: drafted.createOrder.version },
    );
  });

  it("shows a sales rep the order's and the product's history without any cost or margin", async () => {
    const seen = await histories(DemoUsers.rep);
    expect(seen.order.totalNet).toBe('265.20');
    expect(seen.order.history.map((h) => h.eventType)).toEqual([
      'order.OrderDrafted.v1',
      'order.OrderPlaced.v1',
    ]);
    expect(seen.product.history.map((h) => h.eventType)).toEqual(['order.ProductChanged.v1']);

    const text = JSON.stringify(seen);
    for (const figure of costFigures) expect(text).not.toContain(figure);
    const entries = [...seen.order.history, ...seen.product.history];
    expect(entries.flatMap((h) => keysOf(h.data)).filter((k) => /cost|margin/i.test(k))).toEqual(
      [],
    );
    // What is left out is named; prices and revenue stay.
    for (const entry of seen.order.history) {
      expect(entry.redacted).toEqual([
        'order.lines[].unitCost',
        'order.lines[].costAmount',
        'order.totalCost',
        'order.margin',
      ]);
      expect(entry.data).toMatchObject({
        order: {
          orderId,
          totalNet: '265.20',
          lines: [{ unitPrice: '88.40', netAmount: '265.20' }],
        },
      });
    }
    expect(seen.product.history[0].redacted).toEqual(['unitCost']);
    expect(seen.product.history[0].data).toMatchObject({ productId, listPrice: '88.40' });
  });

  it('shows marketing the product history without the unit cost', async () => {
    const seen = await graph<{ product: { history: Entry[] } }>(
      DemoUsers.marketing,
      'query($p: ID!) { product(id: $p) { history { data redacted } } }',
      { p: productId },
    );
    expect(JSON.stringify(seen)).not.toContain('37.19');
    expect(seen.product.history[0].redacted).toEqual(['unitCost']);
  });

  it('shows ADMIN and the coordinator every cost and margin, and the account manager the product cost', async () => {
    for (const who of [DemoUsers.admin, DemoUsers.coordinator]) {
      const seen = await histories(who);
      for (const entry of seen.order.history) {
        expect(entry.redacted).toEqual([]);
        expect(entry.data).toMatchObject({
          order: {
            totalCost: '111.57',
            margin: '153.63',
            lines: [{ unitCost: '37.19', costAmount: '111.57' }],
          },
        });
      }
      expect(seen.product.history[0]).toMatchObject({
        redacted: [],
        data: { unitCost: '37.19' },
      });
    }
    // The order is a rep's, on a standard account: the account manager reads the catalogue's history.
    const manager = await graph<{ product: { history: Entry[] } }>(
      DemoUsers.accountManager,
      'query($p: ID!) { product(id: $p) { history { data redacted } } }',
      { p: productId },
    );
    expect(manager.product.history[0]).toMatchObject({ redacted: [], data: { unitCost: '37.19' } });
  });
});
