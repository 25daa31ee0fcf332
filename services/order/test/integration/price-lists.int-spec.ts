import { PriceListChanged } from '@salesgraph/events';
import { DemoUsers, type AuthenticatedUser } from '@salesgraph/identity';
import type { MessageBroker } from '@salesgraph/messaging';
import { fixedClock } from '@salesgraph/service-kit';
import {
  errorCode,
  expectData,
  startServiceUnderTest,
  testBroker,
  type ServiceUnderTest,
} from '@salesgraph/testing';
import { loadOrderConfig, type OrderConfig } from '../../src/config';
import { orderService } from '../../src/service-definition';
import { createProducts, outboxEvents, seedDirectories } from './support/order-test-kit';

const account = 'a4000000-0000-4000-8000-0000000000f1';
const { rep, manager, admin } = DemoUsers;

type Line = {
  productId: string;
  unitPrice: string;
  discountPercent: string;
  netAmount: string;
  priceSource: string;
  priceListId: string | null;
};

/**
 * Price lists per account and per segment, with validity dates: a line
 * without a price of its own takes its list's price and discount, and says
 * which list it came from; a sales manager's list price needs no second
 * approval for its discount off the catalogue.
 */
describe('price lists: the price a line gets, and why', () => {
  let sut: ServiceUnderTest<OrderConfig>;
  let broker: MessageBroker;
  let p: Record<string, string>;

  const setList = (user: AuthenticatedUser, input: Record<string, unknown>) =>
    sut.query<{ setPriceList: { id: string; version: number } }>(
      user,
      'mutation($i: SetPriceListInput!) { setPriceList(input: $i) { id version } }',
      { i: input },
    );

  beforeAll(async () => {
    sut = await startServiceUnderTest({
      label: 'orderpricelists',
      loadConfig: loadOrderConfig,
      definition: (config) =>
        orderService(config, { clock: fixedClock(new Date('2026-05-10T09:00:00Z')) }),
      env: { ORDER_DISCOUNT_APPROVAL_PERCENT: '20' },
    });
    broker = testBroker();
    // seedDirectories publishes the account as MEDIUM.
    await seedDirectories(sut, broker, [{ id: account, ownerId: rep.id }]);
    p = await createProducts(sut, admin, [
      { sku: 'PL-A', listPrice: '100.00', unitCost: '50.00' },
      { sku: 'PL-B', listPrice: '200.00', unitCost: '90.00' },
      { sku: 'PL-C', listPrice: '300.00', unitCost: '100.00' },
    ]);
  });
  afterAll(async () => {
    await broker?.disconnect();
    await sut?.stop();
  });

  it('prices by the account’s list, then its segment’s, then the catalogue, and names the source', async () => {
    const segment = expectData(
      await setList(manager, {
        name: 'Medium customers 2026',
        segment: 'MEDIUM',
        currency: 'EUR',
        validFrom: '2026-01-01',
        validTo: '2026-12-31',
        entries: [
          { productId: p['PL-A'], unitPrice: '95.00' },
          { productId: p['PL-B'], unitPrice: '150.00', discountPercent: '2' },
        ],
      }),
    ).setPriceList;
    const own = expectData(
      await setList(manager, {
        name: 'Framework terms',
        accountId: account,
        currency: 'EUR',
        validFrom: '2026-05-01',
        entries: [{ productId: p['PL-A'], unitPrice: '90.00' }],
      }),
    ).setPriceList;
    // Not yet valid: never chosen.
    await setList(manager, {
      name: 'From June',
      accountId: account,
      currency: 'EUR',
      validFrom: '2026-06-01',
      entries: [{ productId: p['PL-C'], unitPrice: '10.00' }],
    });

    const { createQuote } = expectData(
      await sut.query<{
        createQuote: { id: string; version: number; current: { totalNet: string; lines: Line[] } };
      }>(
        rep,
        `mutation($i: CreateQuoteInput!) { createQuote(input: $i) { id version current { totalNet lines { productId unitPrice discountPercent netAmount priceSource priceListId } } } }`,
        {
          i: {
            accountId: account,
            validUntil: '2026-06-30',
            lines: ['PL-A', 'PL-B', 'PL-C'].map((sku) => ({ productId: p[sku], quantity: '2' })),
          },
        },
      ),
    );
    expect(createQuote.current.lines).toEqual([
      {
        productId: p['PL-A'],
        unitPrice: '90.00',
        discountPercent: '0',
        netAmount: '180.00',
        priceSource: 'ACCOUNT_PRICE_LIST',
        priceListId: own.id,
      },
      {
        productId: p['PL-B'],
        unitPrice: '150.00',
        discountPercent: '2',
        netAmount: '294.00',
        priceSource: 'SEGMENT_PRICE_LIST',
        priceListId: segment.id,
      },
      {
        productId: p['PL-C'],
        unitPrice: '300.00',
        discountPercent: '0',
        netAmount: '600.00',
        priceSource: 'LIST_PRICE',
        priceListId: null,
      },
    ]);
    // 26.5% off the catalogue for PL-B, but the manager's list set it: no approval needed to send.
    const sent = await sut.query<{ sendQuote: { status: string } }>(
      rep,
      'mutation($q: ID!, $v: Int!) { sendQuote(quoteId: $q, expectedVersion: $v) { status } }',
      { q: createQuote.id, v: createQuote.version },
    );
    expect(sent.data?.sendQuote.status).toBe('SENT');

    // An ad hoc order is priced the same way.
    const { createOrder } = expectData(
      await sut.query<{
        createOrder: {
          lines: Array<{ unitPrice: string; priceSource: string; priceListId: string | null }>;
        };
      }>(
        rep,
        'mutation($i: CreateOrderInput!) { createOrder(input: $i) { lines { unitPrice priceSource priceListId } } }',
        {
          i: {
            accountId: account,
            lines: [
              { productId: p['PL-A'], quantity: '1' },
              { productId: p['PL-C'], quantity: '1', unitPrice: '280.00' },
            ],
          },
        },
      ),
    );
    expect(createOrder.lines).toEqual([
      { unitPrice: '90.00', priceSource: 'ACCOUNT_PRICE_LIST', priceListId: own.id },
      { unitPrice: '280.00', priceSource: 'NEGOTIATED', priceListId: null },
    ]);
  });

  it('prices a quote in another currency from a list in that currency', async () => {
    await setList(manager, {
      name: 'Swiss prices',
      segment: 'MEDIUM',
      currency: 'CHF',
      validFrom: '2026-01-01',
      entries: [{ productId: p['PL-C'], unitPrice: '310.00' }],
    });
    const { createQuote } = expectData(
      await sut.query<{
        createQuote: { currency: string; current: { totalNet: string; lines: Line[] } };
      }>(
        rep,
        `mutation($i: CreateQuoteInput!) { createQuote(input: $i) { currency current { totalNet lines { unitPrice priceSource } } } }`,
        {
          i: {
            accountId: account,
            currency: 'CHF',
            validUntil: '2026-06-30',
            lines: [{ productId: p['PL-C'], quantity: '3' }],
          },
        },
      ),
    );
    expect(createQuote).toMatchObject({
      currency: 'CHF',
      current: {
        totalNet: '930.00',
        lines: [{ unitPrice: '310.00', priceSource: 'SEGMENT_PRICE_LIST' }],
      },
    });
  });

  it('is kept by sales managers, checked, and has a history', async () => {
    const entries = [{ productId: p['PL-A'], unitPrice: '99.00' }];
    expect(
      errorCode(
        await setList(rep, {
          name: 'Mine',
          accountId: account,
          currency: 'EUR',
          validFrom: '2026-01-01',
          entries,
        }),
      ),
    ).toBe('FORBIDDEN');
    const both = await setList(manager, {
      name: 'X',
      accountId: account,
      segment: 'SMALL',
      currency: 'EUR',
      validFrom: '2026-01-01',
      entries,
    });
    expect(errorCode(both)).toBe('BAD_USER_INPUT');
    const backwards = await setList(manager, {
      name: 'X',
      segment: 'SMALL',
      currency: 'EUR',
      validFrom: '2026-02-01',
      validTo: '2026-01-31',
      entries,
    });
    expect(backwards.errors![0].message).toContain(
      'would end (2026-01-31) before it starts (2026-02-01)',
    );
    const created = expectData(
      await setList(manager, {
        name: 'Small',
        segment: 'SMALL',
        currency: 'EUR',
        validFrom: '2026-01-01',
        entries,
      }),
    ).setPriceList;
    expectData(
      await setList(manager, {
        id: created.id,
        name: 'Small (corrected)',
        segment: 'SMALL',
        currency: 'EUR',
        validFrom: '2026-01-01',
        entries: [{ productId: p['PL-A'], unitPrice: '98.00' }],
      }),
    );
    const events = await outboxEvents(sut, created.id);
    expect(events.map((e) => [e.type, e.data.change])).toEqual([
      [PriceListChanged.type, 'CREATED'],
      [PriceListChanged.type, 'REPLACED'],
    ]);
  });
});
