import { PriceApprovalDecided, PriceApprovalRequested } from '@salesgraph/events';
import { DemoUsers } from '@salesgraph/identity';
import type { MessageBroker } from '@salesgraph/messaging';
import {
  errorCode,
  expectData,
  startServiceUnderTest,
  testBroker,
  type ServiceUnderTest,
} from '@salesgraph/testing';
import { loadOrderConfig, type OrderConfig } from '../../src/config';
import { orderService } from '../../src/service-definition';
import {
  createContract,
  isoDay,
  signContract,
  type ContractView,
} from './support/contract-queries';
import { createOrder, move, type OrderView } from './support/order-queries';
import { createProducts, outboxEvents, seedDirectories } from './support/order-test-kit';
import {
  approvePrices as approve,
  rejectPrices as reject,
  requestPriceApproval as request,
  requestPriceApprovalWithCost as requestWithCost,
  type ApprovalView as Approval,
} from './support/price-approval-queries';

const repAccount = 'a2000000-0000-4000-8000-0000000000d1';
const keyAccount = 'a2000000-0000-4000-8000-0000000000d2';
const { rep, accountManager, manager, manager2, admin } = DemoUsers;

const updateDraft = `mutation($input: UpdateDraftOrderInput!) { updateDraftOrder(input: $input) { id version } }`;

describe('the price guard: below cost or deep discounts wait for the seller’s manager', () => {
  let sut: ServiceUnderTest<OrderConfig>;
  let broker: MessageBroker;
  let valve: string;

  beforeAll(async () => {
    sut = await startServiceUnderTest({
      label: 'orderprices',
      loadConfig: loadOrderConfig,
      definition: orderService,
      env: { ORDER_DISCOUNT_APPROVAL_PERCENT: '20' },
    });
    broker = testBroker();
    await seedDirectories(
      sut,
      broker,
      [
        { id: repAccount, ownerId: rep.id },
        { id: keyAccount, ownerId: accountManager.id, tier: 'KEY' },
      ],
      [
        {
          id: '7a1f3c2e-0000-4000-8000-0000000000d9',
          managerId: manager.id,
          members: [rep.id, accountManager.id],
        },
      ],
    );
    valve = (
      await createProducts(sut, admin, [{ sku: 'VAL-P', listPrice: '100', unitCost: '60' }])
    )['VAL-P'];
  });
  afterAll(async () => {
    await broker?.disconnect();
    await sut?.stop();
  });

  const draft = async (line: Record<string, string>) =>
    expectData(
      await sut.query<{ createOrder: OrderView }>(rep, createOrder, {
        input: { accountId: repAccount, lines: [{ productId: valve, quantity: '10', ...line }] },
      }),
    ).createOrder;
  const place = (order: { id: string; version: number }) =>
    sut.query<{ placeOrder: OrderView }>(rep, move('placeOrder'), {
      orderId: order.id,
      expectedVersion: order.version,
    });

  it('places an order at list price or a small discount without asking anyone', async () => {
    expect(expectData(await place(await draft({ discountPercent: '20' }))).placeOrder.status).toBe(
      'PLACED',
    );
  });

  it('holds a deep discount until the seller’s manager approves exactly those terms', async () => {
    const order = await draft({ discountPercent: '30' });
    const refused = await place(order);
    expect(errorCode(refused)).toBe('PRICE_APPROVAL_REQUIRED');
    expect(refused.errors![0].message).toContain('VAL-P is 30.00% below list (more than 20.00%)');

    const asked = expectData(
      await sut.query<{ requestPriceApproval: Approval }>(rep, request, {
        t: 'ORDER',
        id: order.id,
      }),
    ).requestPriceApproval;
    expect(asked).toMatchObject({ status: 'PENDING', approverIds: [manager.id] });
    expect(asked.breaches).toEqual([
      {
        sku: 'VAL-P',
        kind: 'DISCOUNT_OVER_THRESHOLD',
        netUnitPrice: '70.00',
        discountPercent: '30.00',
      },
    ]);
    // The unit cost is for readers of costs: the rep is refused it, their manager reads it.
    expect(
      errorCode(
        await sut.query(rep, requestWithCost, {
          t: 'ORDER',
          id: order.id,
        }),
      ),
    ).toBe('FORBIDDEN');
    // Asking again for the same terms is the same request.
    expect(
      expectData(
        await sut.query<{ requestPriceApproval: Approval }>(rep, request, {
          t: 'ORDER',
          id: order.id,
        }),
      ).requestPriceApproval.id,
    ).toBe(asked.id);
    const [requested] = await outboxEvents(sut, asked.id);
    expect(requested).toMatchObject({
      type: PriceApprovalRequested.type,
      data: {
        subjectType: 'ORDER',
        subjectId: order.id,
        sellerId: rep.id,
        approverIds: [manager.id],
      },
    });
    expect(errorCode(await place(order))).toBe('PRICE_APPROVAL_REQUIRED');

    // Another team's manager may not decide; the seller cannot (not a manager).
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain(
      errorCode(await sut.query(manager2, approve, { id: asked.id })),
    );
    expect(errorCode(await sut.query(rep, approve, { id: asked.id }))).toBe('FORBIDDEN');
    expect(errorCode(await sut.query(manager, reject, { id: asked.id }))).toBe('BAD_USER_INPUT');

    const approved = expectData(
      await sut.query<{ approvePrices: Approval }>(manager, approve, {
        id: asked.id,
        note: 'Strategic deal',
      }),
    ).approvePrices;
    expect(approved).toMatchObject({
      status: 'APPROVED',
      decidedBy: manager.id,
      decisionNote: 'Strategic deal',
      breaches: [{ sku: 'VAL-P', unitCost: '60.00' }],
    });
    expect((await outboxEvents(sut, asked.id)).map((e) => e.type)).toEqual([
      PriceApprovalRequested.type,
      PriceApprovalDecided.type,
    ]);
    expect(errorCode(await sut.query(manager, approve, { id: asked.id }))).toBe(
      'INVALID_TRANSITION',
    );
    expect(expectData(await place(order)).placeOrder.status).toBe('PLACED');

    const waiting = expectData(
      await sut.query<{ priceApprovalsWaiting: Approval[] }>(
        manager,
        '{ priceApprovalsWaiting { id } }',
      ),
    ).priceApprovalsWaiting;
    expect(waiting.map((a) => a.id)).not.toContain(asked.id);
  });

  it('holds a price below cost; terms changed after the request withdraw it instead of approving', async () => {
    const order = await draft({ unitPrice: '55' });
    const refused = await place(order);
    expect(errorCode(refused)).toBe('PRICE_APPROVAL_REQUIRED');
    // The rep learns the price is below cost, not what the cost is (60.00).
    expect(refused.errors![0].message).toContain('VAL-P at 55.00 is below its cost');
    expect(JSON.stringify(refused.errors)).not.toContain('60.00');
    const asked = expectData(
      await sut.query<{ requestPriceApproval: Approval }>(rep, request, {
        t: 'ORDER',
        id: order.id,
      }),
    ).requestPriceApproval;
    expect(asked.breaches.map((b) => b.kind)).toEqual(['BELOW_COST', 'DISCOUNT_OVER_THRESHOLD']);
    const waiting = expectData(
      await sut.query<{ priceApprovalsWaiting: Approval[] }>(
        manager,
        '{ priceApprovalsWaiting { id } }',
      ),
    ).priceApprovalsWaiting;
    expect(waiting.map((a) => a.id)).toContain(asked.id);

    const changed = expectData(
      await sut.query<{ updateDraftOrder: { version: number } }>(rep, updateDraft, {
        input: {
          orderId: order.id,
          expectedVersion: order.version,
          lines: [{ productId: valve, quantity: '50', unitPrice: '55' }],
        },
      }),
    ).updateDraftOrder;
    const stale = expectData(
      await sut.query<{ approvePrices: Approval }>(manager, approve, { id: asked.id }),
    ).approvePrices;
    expect(stale.status).toBe('WITHDRAWN');
    expect(errorCode(await place({ id: order.id, version: changed.version }))).toBe(
      'PRICE_APPROVAL_REQUIRED',
    );
    const rejected = expectData(
      await sut.query<{ rejectPrices: Approval }>(manager, reject, {
        id: expectData(
          await sut.query<{ requestPriceApproval: Approval }>(rep, request, {
            t: 'ORDER',
            id: order.id,
          }),
        ).requestPriceApproval.id,
        note: 'Below cost on 50 units: no',
      }),
    ).rejectPrices;
    expect(rejected.status).toBe('REJECTED');
    expect(errorCode(await place({ id: order.id, version: changed.version }))).toBe(
      'PRICE_APPROVAL_REQUIRED',
    );
  });

  it('holds the signature of a contract priced below cost until the manager approves', async () => {
    const contract = expectData(
      await sut.query<{ createContract: ContractView }>(accountManager, createContract, {
        input: {
          accountId: keyAccount,
          startDate: isoDay(0),
          endDate: isoDay(364),
          overrunPolicy: 'FLAG',
          commitments: [{ productId: valve, price: '58', committedQuantity: '1000' }],
        },
      }),
    ).createContract;
    const sign = () =>
      sut.query<{ signContract: ContractView }>(accountManager, signContract, {
        contractId: contract.id,
        expectedVersion: contract.version,
      });
    expect(errorCode(await sign())).toBe('PRICE_APPROVAL_REQUIRED');
    const asked = expectData(
      await sut.query<{ requestPriceApproval: Approval }>(accountManager, request, {
        t: 'CONTRACT',
        id: contract.id,
      }),
    ).requestPriceApproval;
    expect(asked.breaches.map((b) => b.kind)).toEqual(['BELOW_COST', 'DISCOUNT_OVER_THRESHOLD']);
    expectData(await sut.query(manager, approve, { id: asked.id }));
    expect(expectData(await sign()).signContract.status).toBe('ACTIVE');
    const history = expectData(
      await sut.query<{
        contract: { priceApproval: { status: string; history: Array<{ eventType: string }> } };
      }>(
        accountManager,
        'query($id: ID!) { contract(id: $id) { priceApproval { status history { eventType } } } }',
        { id: contract.id },
      ),
    ).contract.priceApproval;
    expect(history).toEqual({
      status: 'APPROVED',
      history: [
        { eventType: PriceApprovalRequested.type },
        { eventType: PriceApprovalDecided.type },
      ],
    });
  });
});
