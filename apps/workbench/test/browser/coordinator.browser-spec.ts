import { DemoAccounts } from '@salesgraph/demo-data';
import type { Browser, Page } from 'playwright-core';
import {
  expectAccessible,
  launchBrowser,
  openWorkbench,
  signInAs,
  signOut,
} from './support/browser';
import { graphAs, graphData } from './support/graph-as';
import { expectFitsTablet, refreshUntilVisible } from './support/page-helpers';

/**
 * A sales coordinator moves an order of a key account through the queues.
 * A colleague moves it first once: the screen shows the graph's CONFLICT
 * and reloads the order on request. The account manager then sees the
 * order invoiced on the key-account page.
 */
describe('the sales coordinator’s order queues', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    page = await openWorkbench(browser);
  });
  afterAll(() => browser.close());

  it('confirms, meets a conflict, reloads, invoices; the account manager sees it invoiced', async () => {
    // The account manager draws a call-off against Globex's active contract and places it.
    const { account } = await graphData<{
      account: {
        contracts: Array<{ id: string; status: string; commitments: Array<{ productId: string }> }>;
      };
    }>(
      'accountManager',
      'query($id: ID!) { account(id: $id) { contracts { id status commitments { productId } } } }',
      {
        id: DemoAccounts.globex.id,
      },
    );
    const contract = account.contracts.find((c) => c.status === 'ACTIVE')!;
    const { createCallOff } = await graphData<{
      createCallOff: { id: string; orderNumber: string; version: number };
    }>(
      'accountManager',
      'mutation($c: ID!, $p: ID!) { createCallOff(input: { contractId: $c, lines: [{ productId: $p, quantity: "2" }] }) { id orderNumber version } }',
      { c: contract.id, p: contract.commitments[0].productId },
    );
    await graphData(
      'accountManager',
      'mutation($id: ID!, $v: Int!) { placeOrder(orderId: $id, expectedVersion: $v) { id } }',
      {
        id: createCallOff.id,
        v: createCallOff.version,
      },
    );
    const number = createCallOff.orderNumber;

    await signInAs(page, 'Cole Coordinator');
    await page.getByRole('heading', { level: 1, name: 'Order queues' }).waitFor();
    const row = page.locator(`tr[data-order="${number}"]`);
    await refreshUntilVisible(page, 'Refresh order queues', row);
    await row.getByRole('meter').waitFor(); // age against the service level
    await expectAccessible(page, 'order queues');

    await row.getByRole('button', { name: `Confirm ${number}` }).click();
    const confirmedRow = page
      .getByRole('region', { name: /^Confirmed/ })
      .locator(`tr[data-order="${number}"]`);
    await confirmedRow.getByRole('button', { name: `Fulfil ${number}` }).waitFor();

    // A colleague fulfils it first, with the version the screen also holds.
    const { order } = await graphData<{ order: { version: number } }>(
      'coordinator',
      'query($id: ID!) { order(id: $id) { version } }',
      {
        id: createCallOff.id,
      },
    );
    const first = await graphAs(
      'coordinator',
      'mutation($id: ID!, $v: Int!) { fulfilOrder(orderId: $id, expectedVersion: $v) { status } }',
      {
        id: createCallOff.id,
        v: order.version,
      },
    );
    expect(first.errors).toBeUndefined();

    await confirmedRow.getByRole('button', { name: `Fulfil ${number}` }).click();
    // The order's row, in whichever queue it now is (the page also re-reads on its own).
    const alert = page.locator(`tr[data-order="${number}"]`).getByRole('alert');
    await alert.getByText('(CONFLICT)').waitFor();
    expect(await alert.textContent()).toMatch(/first/); // the graph's own message, shown as it is
    await expectAccessible(page, 'order queues with a conflict');
    await alert.getByRole('button', { name: 'Reload the order' }).click();

    const fulfilledRow = page
      .getByRole('region', { name: /^Fulfilled/ })
      .locator(`tr[data-order="${number}"]`);
    await fulfilledRow.getByRole('button', { name: `Invoice ${number}` }).click();
    await page.locator(`tr[data-order="${number}"]`).waitFor({ state: 'detached' });
    await expectFitsTablet(page);

    await signOut(page);
    await signInAs(page, 'Alex Account-Manager');
    await page.goto(`${new URL(page.url()).origin}/accounts/${DemoAccounts.globex.id}`);
    const onAccount = page
      .getByRole('region', { name: 'Orders', exact: true })
      .locator(`tr[data-order="${number}"]`);
    await refreshUntilVisible(page, 'Refresh the account', onAccount.getByText('Invoiced'));
  });
});
