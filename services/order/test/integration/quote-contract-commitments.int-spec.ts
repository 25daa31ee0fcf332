import { ContractProposed, QuoteAccepted, Topics } from '@salesgraph/events';
import { DemoUsers, type AuthenticatedUser } from '@salesgraph/identity';
import type { MessageBroker } from '@salesgraph/messaging';
import { collectMessages, errorCode, expectData, testBroker, waitFor } from '@salesgraph/testing';
import { createContract, getContract, isoDay, type ContractView } from './support/contract-queries';
import {
  createProducts,
  outboxEvents,
  seedDirectories,
  setRate,
  startOrderService,
  type OrderSut,
} from './support/order-test-kit';

const keyAccount = 'a2000000-0000-4000-8000-0000000000e7';
const otherKeyAccount = 'a2000000-0000-4000-8000-0000000000e8';
const opportunityId = '0b000000-0000-4000-8000-0000000000e7';
const { accountManager, accountManager2, admin } = DemoUsers;

type QuoteView = {
  id: string;
  quoteNumber: string;
  status: string;
  version: number;
  orderId: string | null;
  contractId: string | null;
  current: { totalNet: string };
};
type PricedContract = Omit<ContractView, 'commitments'> & {
  currency: string;
  commitments: Array<ContractView['commitments'][number] & { price: string }>;
};
const quoteFields = 'id quoteNumber status version orderId contractId current { totalNet }';
const accept = `mutation($q: ID!, $v: Int!, $c: ID) {
  acceptQuote(quoteId: $q, expectedVersion: $v, contractId: $c) { ${quoteFields} } }`;

/**
 * An account manager's accepted quote becomes the commitments of a supply
 * contract under negotiation, in one transaction with the contract's and the
 * quote's events; its opportunity is won with the quote's amount.
 */
describe('an accepted quote becomes a supply contract’s commitments', () => {
  let sut: OrderSut;
  let broker: MessageBroker;
  let products: Record<string, string>;

  const as = <T>(user: AuthenticatedUser, query: string, variables: Record<string, unknown>) =>
    sut.query<T>(user, query, variables);
  const sentQuote = async (lines: Array<Record<string, string>>, accountId = keyAccount) => {
    const created = expectData(
      await as<{ createQuote: QuoteView }>(
        accountManager,
        `mutation($i: CreateQuoteInput!) { createQuote(input: $i) { ${quoteFields} } }`,
        { i: { accountId, opportunityId, currency: 'CHF', validUntil: isoDay(30), lines } },
      ),
    ).createQuote;
    return expectData(
      await as<{ sendQuote: QuoteView }>(
        accountManager,
        `mutation($q: ID!, $v: Int!) { sendQuote(quoteId: $q, expectedVersion: $v) { ${quoteFields} } }`,
        { q: created.id, v: created.version },
      ),
    ).sendQuote;
  };
  const negotiating = async (accountId = keyAccount) =>
    expectData(
      await as<{ createContract: ContractView }>(accountManager, createContract, {
        input: {
          accountId,
          startDate: isoDay(0),
          endDate: isoDay(364),
          commitments: [{ productId: products['PMP-K'], price: '500', committedQuantity: '1' }],
        },
      }),
    ).createContract;

  beforeAll(async () => {
    sut = await startOrderService('orderquotecontract');
    broker = testBroker();
    await seedDirectories(sut, broker, [
      { id: keyAccount, ownerId: accountManager.id, tier: 'KEY' },
      { id: otherKeyAccount, ownerId: accountManager.id, tier: 'KEY' },
    ]);
    // The quotes are in CHF, the catalogue's costs in EUR: the price guard converts them.
    await setRate(sut, broker, {
      baseCurrency: 'CHF',
      quoteCurrency: 'EUR',
      rate: '1.05',
      effectiveFrom: isoDay(-30),
    });
    products = await createProducts(sut, admin, [
      { sku: 'VAL-K', listPrice: '100', unitCost: '10' },
      { sku: 'FLT-K', listPrice: '19.99', unitCost: '2' },
      { sku: 'PMP-K', listPrice: '900', unitCost: '100' },
    ]);
  });
  afterAll(async () => {
    await broker?.disconnect();
    await sut?.stop();
  });

  it('replaces the contract’s commitments with the quote’s lines, the amounts agreeing to the cent, with the events in one go', async () => {
    const collector = await collectMessages(broker, `${sut.topicPrefix}${Topics.order}`);
    try {
      // 7 x 95.55 less 5% = 635.41 (net price 90.7725); 2.5 x 19.99 less 15% = 42.48 (16.9915).
      const quote = await sentQuote([
        { productId: products['VAL-K'], quantity: '7', unitPrice: '95.55', discountPercent: '5' },
        {
          productId: products['FLT-K'],
          quantity: '2.5',
          unitPrice: '19.99',
          discountPercent: '15',
        },
      ]);
      expect(quote.current.totalNet).toBe('677.89');
      const contract = await negotiating();

      // Another account manager may not change this contract.
      expect(['FORBIDDEN', 'NOT_FOUND']).toContain(
        errorCode(
          await as(accountManager2, accept, { q: quote.id, v: quote.version, c: contract.id }),
        ),
      );

      const accepted = expectData(
        await as<{ acceptQuote: QuoteView }>(accountManager, accept, {
          q: quote.id,
          v: quote.version,
          c: contract.id,
        }),
      ).acceptQuote;
      expect(accepted).toMatchObject({
        status: 'ACCEPTED',
        orderId: null,
        contractId: contract.id,
      });

      const after = expectData(
        await as<{ contract: PricedContract }>(
          accountManager,
          getContract.replace('contract(id: $id) {', 'contract(id: $id) { currency'),
          { id: contract.id },
        ),
      ).contract;
      expect(after).toMatchObject({
        status: 'NEGOTIATING',
        currency: 'CHF',
        version: contract.version + 1,
      });
      const committed = after.commitments
        .map((c) => ({ productId: c.productId, price: c.price, committed: c.committed }))
        .sort((a, b) => a.price.localeCompare(b.price));
      expect(committed).toEqual([
        { productId: products['FLT-K'], price: '16.9915', committed: '2.5' },
        { productId: products['VAL-K'], price: '90.7725', committed: '7' },
      ]);
      // To the cent: each commitment's quantity x price, rounded as the quote's lines, adds up to its total.
      const cents = after.commitments.reduce(
        (sum, c) => sum + Math.round(Number(c.price) * Number(c.committed) * 100),
        0,
      );
      expect((cents / 100).toFixed(2)).toBe(quote.current.totalNet);

      // No order; the quote's and the contract's events in the outbox, then on Kafka.
      expect(await sut.service.deps.dataSource.query('SELECT id FROM sales_order')).toEqual([]);
      const quoteEvents = await outboxEvents(sut, quote.id);
      const acceptedEvent = quoteEvents.find((e) => e.type === QuoteAccepted.type)!;
      expect(acceptedEvent.data).toMatchObject({
        contractId: contract.id,
        contractNumber: contract.contractNumber,
        quote: { opportunityId, totalNet: '677.89', currency: 'CHF' },
      });
      expect(acceptedEvent.data.orderId).toBeUndefined();
      const proposals = (await outboxEvents(sut, contract.id)).filter(
        (e) => e.type === ContractProposed.type,
      );
      expect(proposals.at(-1)!.data).toMatchObject({
        currency: 'CHF',
        revision: contract.version + 1,
        commitments: expect.arrayContaining([
          { productId: products['VAL-K'], price: '90.7725', committedQuantity: '7' },
        ]),
      });
      await waitFor(
        () =>
          collector.messages.some(
            (m) => m.key === quote.id && m.headers.ce_type === QuoteAccepted.type,
          ),
        { what: 'QuoteAccepted on the order topic', timeoutMs: 30_000 },
      );

      // The contract's history names the change and who made it.
      const history = expectData(
        await as<{ contract: { history: Array<{ eventType: string; actorId: string }> } }>(
          accountManager,
          `query($id: ID!) { contract(id: $id) { history { eventType actorId } } }`,
          { id: contract.id },
        ),
      ).contract.history;
      expect(history.at(-1)).toMatchObject({
        eventType: ContractProposed.type,
        actorId: accountManager.id,
      });
    } finally {
      await collector.close();
    }
  });

  it('refuses a contract of another account or an unknown one, leaving the quote sent', async () => {
    const quote = await sentQuote([
      { productId: products['VAL-K'], quantity: '1', unitPrice: '90' },
    ]);
    const elsewhere = await negotiating(otherKeyAccount);
    const wrong = await as(accountManager, accept, {
      q: quote.id,
      v: quote.version,
      c: elsewhere.id,
    });
    expect(errorCode(wrong)).toBe('BAD_USER_INPUT');
    expect(wrong.errors![0].message).toContain('is for another account than contract');
    const unknown = await as(accountManager, accept, {
      q: quote.id,
      v: quote.version,
      c: '0c000000-0000-4000-8000-000000000000',
    });
    expect(errorCode(unknown)).toBe('NOT_FOUND');
    const still = expectData(
      await as<{ quote: QuoteView }>(
        accountManager,
        `query($id: ID!) { quote(id: $id) { ${quoteFields} } }`,
        {
          id: quote.id,
        },
      ),
    ).quote;
    expect(still).toMatchObject({ status: 'SENT', contractId: null });
  });
});
