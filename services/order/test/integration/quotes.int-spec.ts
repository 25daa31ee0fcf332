import { randomUUID } from 'node:crypto';
import { QuoteAccepted, QuoteChanged } from '@salesgraph/events';
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

const repAccount = 'a3000000-0000-4000-8000-0000000000e1';
const otherAccount = 'a3000000-0000-4000-8000-0000000000e2';
const { rep, rep2, coordinator, admin } = DemoUsers;
const today = '2026-05-10';

type QuoteView = {
  id: string;
  quoteNumber: string;
  status: string;
  version: number;
  currency: string;
  currentVersion: number;
  orderId: string | null;
  current: {
    versionNumber: number;
    validUntil: string;
    totalNet: string;
    lines: Array<{ netAmount: string; unitPrice: string; priceSource: string }>;
  };
};
const fields = `id quoteNumber status version currency currentVersion orderId
  current { versionNumber validUntil totalNet lines { netAmount unitPrice priceSource } }`;

/**
 * Quotes in the order service: versions, the way to the customer and back,
 * and the order an accepted quote becomes, with its events; refusals with a
 * code and a message for the seller.
 */
describe('quotes: versions, sending, answers and the order they become', () => {
  let sut: ServiceUnderTest<OrderConfig>;
  let broker: MessageBroker;
  let valve: string;

  const as = <T>(user: AuthenticatedUser, query: string, variables: Record<string, unknown> = {}) =>
    sut.query<T>(user, query, variables);
  const create = async (input: Record<string, unknown>) =>
    expectData(
      await as<{ createQuote: QuoteView }>(
        rep,
        `mutation($i: CreateQuoteInput!) { createQuote(input: $i) { ${fields} } }`,
        { i: { accountId: repAccount, validUntil: '2026-06-30', terms: 'Net 30', ...input } },
      ),
    ).createQuote;
  const move = (name: string, quote: { id: string; version: number }, note?: string) =>
    as<Record<string, QuoteView>>(
      rep,
      `mutation($q: ID!, $v: Int!, $n: String) { ${name}(quoteId: $q, expectedVersion: $v, note: $n) { ${fields} } }`,
      { q: quote.id, v: quote.version, n: note },
    );

  beforeAll(async () => {
    sut = await startServiceUnderTest({
      label: 'orderquotes',
      loadConfig: loadOrderConfig,
      definition: (config) =>
        orderService(config, { clock: fixedClock(new Date(`${today}T09:00:00Z`)) }),
      env: { ORDER_DISCOUNT_APPROVAL_PERCENT: '20' },
    });
    broker = testBroker();
    await seedDirectories(sut, broker, [
      { id: repAccount, ownerId: rep.id, name: 'Müller & <Söhne> GmbH' },
      { id: otherAccount, ownerId: rep2.id },
    ]);
    valve = (
      await createProducts(sut, admin, [{ sku: 'VAL-Q', listPrice: '100.00', unitCost: '60.00' }])
    )['VAL-Q'];
  });
  afterAll(async () => {
    await broker?.disconnect();
    await sut?.stop();
  });

  it('revises into new versions, sends, and turns the accepted version into a placed order', async () => {
    const first = await create({
      lines: [{ productId: valve, quantity: '3', discountPercent: '10' }],
    });
    expect(first).toMatchObject({
      status: 'DRAFT',
      currency: 'EUR',
      currentVersion: 1,
      current: { totalNet: '270.00', lines: [{ unitPrice: '100.00', priceSource: 'LIST_PRICE' }] },
    });
    const revised = expectData(
      await as<{ reviseQuote: QuoteView }>(
        rep,
        `mutation($i: ReviseQuoteInput!) { reviseQuote(input: $i) { ${fields} } }`,
        {
          i: {
            quoteId: first.id,
            expectedVersion: first.version,
            lines: [{ productId: valve, quantity: '7', unitPrice: '95.555', discountPercent: '5' }],
          },
        },
      ),
    ).reviseQuote;
    // 7 x 95.555 x 0.95 = 635.440750: rounded half-up once, per line.
    expect(revised).toMatchObject({
      currentVersion: 2,
      current: {
        validUntil: '2026-06-30',
        totalNet: '635.44',
        lines: [{ priceSource: 'NEGOTIATED' }],
      },
    });
    // Acting on what one saw: an old version is a CONFLICT.
    expect(errorCode(await move('sendQuote', first))).toBe('CONFLICT');
    expect(errorCode(await move('acceptQuote', revised))).toBe('INVALID_TRANSITION');
    const sent = (await move('sendQuote', revised)).data!.sendQuote;
    expect(sent.status).toBe('SENT');
    const accepted = (await move('acceptQuote', sent, 'Frau Keller')).data!.acceptQuote;
    expect(accepted.status).toBe('ACCEPTED');

    const { order } = expectData(
      await as<{
        order: {
          status: string;
          totalNet: string;
          quoteId: string;
          creditedTo: string;
          purchasingContactName: string;
        };
      }>(
        coordinator,
        'query($o: ID!) { order(id: $o) { status totalNet quoteId creditedTo purchasingContactName } }',
        { o: accepted.orderId },
      ),
    );
    expect(order).toEqual({
      status: 'PLACED',
      totalNet: '635.44',
      quoteId: first.id,
      creditedTo: rep.id,
      purchasingContactName: 'Frau Keller',
    });
    const events = await outboxEvents(sut, first.id);
    expect(events.map((e) => [e.type, e.data.change ?? null])).toEqual([
      [QuoteChanged.type, 'DRAFTED'],
      [QuoteChanged.type, 'REVISED'],
      [QuoteChanged.type, 'SENT'],
      [QuoteAccepted.type, null],
    ]);
    expect(events[3].data).toMatchObject({
      orderId: accepted.orderId,
      quote: { totalNet: '635.44', version: 2 },
    });
    const orderEvents = await outboxEvents(sut, accepted.orderId!);
    expect(orderEvents.map((e) => e.type)).toEqual([
      'order.OrderDrafted.v1',
      'order.OrderPlaced.v1',
    ]);
    expect(orderEvents[0].data).toMatchObject({ origin: 'QUOTE_ACCEPTED' });
    // Final.
    expect(errorCode(await move('rejectQuote', accepted))).toBe('INVALID_TRANSITION');
  });

  it('is printable: the customer’s name, lines, discount, total and terms, escaped, without costs', async () => {
    const quote = await create({
      terms: 'Delivery <b>free</b>\nPayment 30 days',
      lines: [{ productId: valve, quantity: '2', discountPercent: '12.5' }],
    });
    const { quote: view } = expectData(
      await as<{ quote: { document: string } }>(
        rep,
        'query($q: ID!) { quote(id: $q) { document } }',
        { q: quote.id },
      ),
    );
    expect(view.document).toMatch(/^<!doctype html>/);
    for (const text of [
      quote.quoteNumber,
      'Müller &amp; &lt;Söhne&gt; GmbH',
      '12.50 %',
      '175.00 EUR',
      '2026-06-30',
      'Delivery &lt;b&gt;free&lt;/b&gt;<br>Payment 30 days',
    ])
      expect(view.document).toContain(text);
    expect(view.document).not.toContain('60.00');
    expect(view.document).not.toContain('<b>free');
  });

  it('refuses with clear messages: foreign currency without prices, a past validity, expiry, others’ quotes', async () => {
    const chf = await as(rep, `mutation($i: CreateQuoteInput!) { createQuote(input: $i) { id } }`, {
      i: {
        accountId: repAccount,
        currency: 'CHF',
        validUntil: '2026-06-30',
        lines: [{ productId: valve, quantity: '1' }],
      },
    });
    expect(errorCode(chf)).toBe('BAD_USER_INPUT');
    expect(chf.errors![0].message).toContain('a quote or order in CHF needs a price on every line');
    const inChf = await create({
      currency: 'CHF',
      lines: [{ productId: valve, quantity: '1', unitPrice: '104.00' }],
    });
    expect(inChf).toMatchObject({ currency: 'CHF', current: { totalNet: '104.00' } });

    const past = await as(
      rep,
      `mutation($i: CreateQuoteInput!) { createQuote(input: $i) { id } }`,
      {
        i: {
          accountId: repAccount,
          validUntil: '2026-05-09',
          lines: [{ productId: valve, quantity: '1' }],
        },
      },
    );
    expect(errorCode(past)).toBe('BAD_USER_INPUT');

    const sent = (
      await move(
        'sendQuote',
        await create({ validUntil: today, lines: [{ productId: valve, quantity: '1' }] }),
      )
    ).data!.sendQuote;
    // Valid until today: it may still be accepted today; expiry is checked against the clock.
    await sut.service.deps.dataSource.query(
      'UPDATE quote_version SET valid_until = $2 WHERE quote_id = $1',
      [sent.id, '2026-05-09'],
    );
    const expired = await move('acceptQuote', sent);
    expect(errorCode(expired)).toBe('QUOTE_EXPIRED');
    expect(expired.errors![0].message).toContain('was valid until 2026-05-09');

    const others = await as(
      rep,
      `mutation($i: CreateQuoteInput!) { createQuote(input: $i) { id } }`,
      {
        i: {
          accountId: otherAccount,
          validUntil: '2026-06-30',
          lines: [{ productId: valve, quantity: '1' }],
        },
      },
    );
    expect(errorCode(others)).toBe('FORBIDDEN');
    expect(
      errorCode(await as(rep2, 'query($q: ID!) { quote(id: $q) { id } }', { q: inChf.id })),
    ).toBe('NOT_FOUND');
    expect(
      errorCode(await as(rep, 'query($q: ID!) { quote(id: $q) { id } }', { q: randomUUID() })),
    ).toBe('NOT_FOUND');
  });

  it('rejected, revised and sent again; the history shows each step', async () => {
    const quote = await create({ lines: [{ productId: valve, quantity: '4' }] });
    const sent = (await move('sendQuote', quote)).data!.sendQuote;
    const rejected = (await move('rejectQuote', sent, 'Too expensive')).data!.rejectQuote;
    expect(rejected.status).toBe('REJECTED');
    const again = expectData(
      await as<{ reviseQuote: QuoteView }>(
        rep,
        `mutation($i: ReviseQuoteInput!) { reviseQuote(input: $i) { ${fields} } }`,
        {
          i: {
            quoteId: quote.id,
            expectedVersion: rejected.version,
            lines: [{ productId: valve, quantity: '4', discountPercent: '5' }],
          },
        },
      ),
    ).reviseQuote;
    expect(again).toMatchObject({
      status: 'DRAFT',
      currentVersion: 2,
      current: { totalNet: '380.00' },
    });
    const { quote: view } = expectData(
      await as<{
        quote: {
          versions: Array<{ totalNet: string }>;
          history: Array<{ eventType: string; actorId: string }>;
        };
      }>(
        rep,
        'query($q: ID!) { quote(id: $q) { versions { totalNet } history { eventType actorId } } }',
        { q: quote.id },
      ),
    );
    expect(view.versions.map((v) => v.totalNet)).toEqual(['400.00', '380.00']);
    expect(view.history).toHaveLength(4);
    expect(
      view.history.every((h) => h.eventType === QuoteChanged.type && h.actorId === rep.id),
    ).toBe(true);
  });
});
