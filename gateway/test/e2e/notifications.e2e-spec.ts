import { randomUUID } from 'node:crypto';
import { DemoProducts } from '@salesgraph/demo-data';
import { errorCode } from '@salesgraph/testing';
import { asUser } from './support/e2e-client';
import { graph, graphEventually } from './support/platform';

type Item = {
  id: string;
  kind: string;
  title: string;
  body: string;
  subjectId: string;
  readAt: string | null;
};
type Feed = { total: number; unread: number; items: Item[] };

const feedOf = `query($kinds: [NotificationKind!]) {
  notifications(kinds: $kinds) { total unread items { id kind title body subjectId readAt } }
}`;

/**
 * Alerts that reach people, through the one graph: a warning another
 * service raises (a price approval waiting, then decided) lands in the feed
 * of the person concerned, from the events alone.
 */
describe('alerts reach the people concerned', () => {
  it("puts a waiting approval in the manager's feed and its decision in the rep's", async () => {
    const { createAccount } = await graph<{ createAccount: { id: string } }>(
      'rep',
      'mutation($n: String!) { createAccount(input: { name: $n, segment: SMALL }) { id } }',
      { n: `Hinweis Kunde ${randomUUID().slice(0, 8)} GmbH` },
    );
    const { createOrder: order } = await graphEventually<{ createOrder: { id: string } }>(
      'rep',
      'mutation($a: ID!, $p: ID!) { createOrder(input: { accountId: $a, lines: [{ productId: $p, quantity: "4", discountPercent: "40" }] }) { id } }',
      { a: createAccount.id, p: DemoProducts.valve.id },
      () => true,
      'the order service to learn that Rita owns the account',
    );
    const { requestPriceApproval: approval } = await graph<{
      requestPriceApproval: { id: string };
    }>(
      'rep',
      'mutation($id: ID!) { requestPriceApproval(subjectType: ORDER, subjectId: $id) { id } }',
      { id: order.id },
    );

    const waiting = await graphEventually<{ notifications: Feed }>(
      'manager',
      feedOf,
      { kinds: ['APPROVAL_WAITING'] },
      (d) => d.notifications.items.some((n) => n.subjectId === approval.id),
      "the approval in Mia's feed",
    );
    const item = waiting.notifications.items.find((n) => n.subjectId === approval.id)!;
    expect(item.title).toMatch(/^Price approval waiting: order /);
    expect(item.readAt).toBeNull();
    // The same feed through the federated User (me). Other specs raise approvals for Mia meanwhile,
    // so the item is compared, not the count.
    const me = await graph<{
      me: {
        notifications: { unread: number; items: Array<{ id: string; readAt: string | null }> };
      };
    }>(
      'manager',
      '{ me { id notifications(kinds: [APPROVAL_WAITING]) { unread items { id readAt } } } }',
    );
    expect(me.me.notifications.items).toContainEqual({ id: item.id, readAt: null });
    expect(me.me.notifications.unread).toBeGreaterThanOrEqual(1);
    const { markNotificationRead } = await graph<{ markNotificationRead: { readAt: string } }>(
      'manager',
      'mutation($id: ID!) { markNotificationRead(notificationId: $id) { readAt } }',
      { id: item.id },
    );
    expect(markNotificationRead.readAt).toBeTruthy();
    expect(
      errorCode(
        await asUser(
          'rep',
          'mutation($id: ID!) { markNotificationRead(notificationId: $id) { id } }',
          {
            id: item.id,
          },
        ),
      ),
    ).toBe('NOT_FOUND');

    await graph(
      'manager',
      'mutation($id: ID!) { approvePrices(approvalId: $id, note: "Pilot") { id } }',
      {
        id: approval.id,
      },
    );
    const decided = await graphEventually<{ notifications: Feed }>(
      'rep',
      feedOf,
      { kinds: ['APPROVAL_DECIDED'] },
      (d) => d.notifications.items.some((n) => n.subjectId === approval.id),
      "the decision in Rita's feed",
    );
    expect(decided.notifications.items.find((n) => n.subjectId === approval.id)!.body).toContain(
      'approved: Pilot',
    );
  });
});
