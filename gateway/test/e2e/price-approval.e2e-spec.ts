import { randomUUID } from 'node:crypto';
import { DemoProducts, DemoUsers } from '@salesgraph/demo-data';
import { errorCode } from '@salesgraph/testing';
import { asUser } from './support/e2e-client';
import { graph, graphEventually } from './support/platform';

type Approval = { id: string; status: string; subjectId: string; approverIds: string[] };

/**
 * Issue 14, fix 4, as people live it: a rep offers a deep discount, the
 * order waits for the rep's sales manager, who approves it, and the rep
 * places it. Every step is in the approval's history.
 */
describe('a deep discount waits for the rep’s sales manager', () => {
  it('refuses to place the order, waits for the manager’s approval, then places it', async () => {
    const { createAccount } = await graph<{ createAccount: { id: string } }>(
      'rep',
      'mutation($n: String!) { createAccount(input: { name: $n, segment: SMALL }) { id } }',
      { n: `Rabatt Kunde ${randomUUID().slice(0, 8)} GmbH` },
    );
    // 35% off a valve: more than the 20% a rep may give alone.
    const draft = await graphEventually<{
      createOrder: { id: string; version: number; totalNet: string };
    }>(
      'rep',
      'mutation($a: ID!, $p: ID!) { createOrder(input: { accountId: $a, lines: [{ productId: $p, quantity: "10", discountPercent: "35" }] }) { id version totalNet } }',
      { a: createAccount.id, p: DemoProducts.valve.id },
      () => true,
      'the order service to learn that Rita owns the account',
    );
    const order = draft.createOrder;
    const place = () =>
      asUser<{ placeOrder: { status: string; version: number } }>(
        'rep',
        'mutation($id: ID!, $v: Int!) { placeOrder(orderId: $id, expectedVersion: $v) { status version } }',
        { id: order.id, v: order.version },
      );
    const refused = await place();
    expect(errorCode(refused)).toBe('PRICE_APPROVAL_REQUIRED');
    expect(refused.errors![0].message).toContain('35.00% below list');

    const { requestPriceApproval: asked } = await graph<{ requestPriceApproval: Approval }>(
      'rep',
      'mutation($id: ID!) { requestPriceApproval(subjectType: ORDER, subjectId: $id) { id status subjectId approverIds } }',
      { id: order.id },
    );
    expect(asked).toMatchObject({ status: 'PENDING', approverIds: [DemoUsers.manager.id] });
    // Waiting: still refused, and the rep cannot approve their own discount.
    expect(errorCode(await place())).toBe('PRICE_APPROVAL_REQUIRED');
    expect(
      errorCode(
        await asUser('rep', 'mutation($id: ID!) { approvePrices(approvalId: $id) { id } }', {
          id: asked.id,
        }),
      ),
    ).toBe('FORBIDDEN');

    // Mia finds it among what waits for her, and another team's manager may not decide it.
    const waiting = await graph<{ priceApprovalsWaiting: Approval[] }>(
      'manager',
      '{ priceApprovalsWaiting { id subjectId status } }',
    );
    expect(waiting.priceApprovalsWaiting.map((a) => a.id)).toContain(asked.id);
    expect(
      errorCode(
        await asUser('manager2', 'mutation($id: ID!) { approvePrices(approvalId: $id) { id } }', {
          id: asked.id,
        }),
      ),
    ).toBe('NOT_FOUND');
    const { approvePrices } = await graph<{ approvePrices: Approval & { decidedBy: string } }>(
      'manager',
      'mutation($id: ID!) { approvePrices(approvalId: $id, note: "Strategic customer") { id status decidedBy } }',
      { id: asked.id },
    );
    expect(approvePrices).toMatchObject({ status: 'APPROVED', decidedBy: DemoUsers.manager.id });

    const placed = await place();
    expect(placed.data?.placeOrder).toEqual({ status: 'PLACED', version: order.version + 1 });
    const view = await graph<{
      order: {
        status: string;
        priceApproval: { status: string; history: Array<{ eventType: string; actorId: string }> };
      };
    }>(
      'rep',
      'query($id: ID!) { order(id: $id) { status priceApproval { status history { eventType actorId } } } }',
      { id: order.id },
    );
    expect(view.order.status).toBe('PLACED');
    expect(view.order.priceApproval.history).toEqual([
      { eventType: 'order.PriceApprovalRequested.v1', actorId: DemoUsers.rep.id },
      { eventType: 'order.PriceApprovalDecided.v1', actorId: DemoUsers.manager.id },
    ]);
  });
});
