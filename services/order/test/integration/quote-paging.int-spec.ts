import { DemoUsers } from '@salesgraph/identity';
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
import { createProducts, seedDirectories } from './support/order-test-kit';

const account = 'a3000000-0000-4000-8000-0000000000f1';
const deal = 'b3000000-0000-4000-8000-0000000000f1';
const otherDeal = 'b3000000-0000-4000-8000-0000000000f2';
const { rep, admin } = DemoUsers;
const quotesOf = `query($o: ID, $limit: Int, $offset: Int) {
  quotes(opportunityId: $o, limit: $limit, offset: $offset) { quoteNumber opportunityId current { lines { lineNumber } } }
}`;
type Listed = {
  quotes: Array<{
    quoteNumber: string;
    opportunityId: string;
    current: { lines: Array<{ lineNumber: number }> };
  }>;
};

/**
 * Issue 15: `quotes` is paged like the other lists of the order service
 * (`limit`, `offset`; at most 200), newest first, so a screen asks for a page
 * the gateway's cost limit allows. The clock stands still: quotes of the same
 * instant still come newest first, and pages never overlap.
 */
describe('quotes, a page at a time', () => {
  let sut: ServiceUnderTest<OrderConfig>;
  let broker: MessageBroker;
  const made: string[] = [];
  const list = async (variables: Record<string, unknown>) =>
    expectData(await sut.query<Listed>(rep, quotesOf, variables)).quotes;

  beforeAll(async () => {
    sut = await startServiceUnderTest({
      label: 'quotepaging',
      loadConfig: loadOrderConfig,
      definition: (config) =>
        orderService(config, { clock: fixedClock(new Date('2026-05-10T09:00:00Z')) }),
    });
    broker = testBroker();
    await seedDirectories(sut, broker, [{ id: account, ownerId: rep.id }]);
    const valve = (
      await createProducts(sut, admin, [{ sku: 'VAL-P', listPrice: '10.00', unitCost: '6.00' }])
    )['VAL-P'];
    for (const opportunityId of [deal, deal, otherDeal, deal, deal, deal]) {
      const { createQuote } = expectData(
        await sut.query<{ createQuote: { quoteNumber: string } }>(
          rep,
          'mutation($i: CreateQuoteInput!) { createQuote(input: $i) { quoteNumber } }',
          {
            i: {
              accountId: account,
              opportunityId,
              validUntil: '2026-06-30',
              terms: 'Net 30',
              lines: [
                { productId: valve, quantity: '1' },
                { productId: valve, quantity: '2' },
              ],
            },
          },
        ),
      );
      if (opportunityId === deal) made.push(createQuote.quoteNumber);
    }
  });
  afterAll(async () => {
    await broker?.disconnect();
    await sut?.stop();
  });

  it('returns the page asked for, newest first, the next page after it', async () => {
    const newestFirst = [...made].reverse();
    const first = await list({ o: deal, limit: 2 });
    expect(first.map((q) => q.quoteNumber)).toEqual(newestFirst.slice(0, 2));
    expect(first.every((q) => q.current.lines.length === 2)).toBe(true);
    const second = await list({ o: deal, limit: 2, offset: 2 });
    expect(second.map((q) => q.quoteNumber)).toEqual(newestFirst.slice(2, 4));
    const last = await list({ o: deal, limit: 2, offset: 4 });
    expect(last.map((q) => q.quoteNumber)).toEqual(newestFirst.slice(4));
    expect(await list({ o: deal, limit: 2, offset: 6 })).toEqual([]);
  });

  it('without a page, answers the first 50 as before: existing callers keep working', async () => {
    expect((await list({ o: deal })).map((q) => q.quoteNumber)).toEqual([...made].reverse());
    expect(await list({})).toHaveLength(made.length + 1);
  });

  it('refuses a page size out of bounds with BAD_USER_INPUT, naming the argument', async () => {
    for (const limit of [0, 201]) {
      const response = await sut.query(rep, quotesOf, { o: deal, limit });
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0]?.message).toMatch(/limit/);
    }
    expect(errorCode(await sut.query(rep, quotesOf, { o: deal, offset: -1 }))).toBe(
      'BAD_USER_INPUT',
    );
  });
});
