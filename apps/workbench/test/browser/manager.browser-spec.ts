import { DemoAccounts, DemoProducts } from '@salesgraph/demo-data';
import type { Browser, Page } from 'playwright-core';
import { expectAccessible, launchBrowser, openWorkbench, signInAs } from './support/browser';
import { graphData } from './support/graph-as';
import { expectFitsTablet, openAction, refreshUntilVisible } from './support/page-helpers';

/**
 * A sales manager's morning: the team's attainment and forecast as charts,
 * a lead no rule could place given to a rep, a target set, a standard
 * account designated key, and a submitted account plan approved.
 */
describe('the sales manager’s team page', () => {
  let browser: Browser;
  let page: Page;
  const tag = Date.now().toString(36);
  beforeAll(async () => {
    browser = await launchBrowser();
    page = await openWorkbench(browser);
  });
  afterAll(() => browser.close());

  it('assigns a lead, sets a target, designates a key account and approves a plan', async () => {
    // No rule covers Brazil: the lead waits in the queue.
    const { createLead } = await graphData<{ createLead: { id: string } }>(
      'manager',
      'mutation($c: String!) { createLead(input: { company: $c, contactName: "Ana Lima", country: "BR" }) { id } }',
      { c: `Brasil ${tag} Ltda` },
    );
    await graphData(
      'manager',
      'mutation($n: String!) { createAccount(input: { name: $n, segment: LARGE, ownerId: "u-rep-rita" }) { id } }',
      {
        n: `Growing ${tag} AG`,
      },
    );
    // Alex submits next year's plan for Globex (targets first, then submit).
    const year = new Date().getUTCFullYear() + 1;
    const { createAccountPlan } = await graphData<{ createAccountPlan: { id: string } }>(
      'accountManager',
      'mutation($a: ID!, $y: Int!) { createAccountPlan(input: { accountId: $a, year: $y, objectives: ["Defend pumps"] }) { id } }',
      { a: DemoAccounts.globex.id, y: year },
    );
    await graphData(
      'accountManager',
      'mutation($id: ID!, $p: ID!) { setAccountPlanTargets(input: { planId: $id, targets: [{ productId: $p, revenue: "90000.00", margin: "30000.00" }] }) { id } }',
      { id: createAccountPlan.id, p: DemoProducts.pump.id },
    );
    await graphData(
      'accountManager',
      'mutation($id: ID!) { submitAccountPlan(planId: $id) { status } }',
      { id: createAccountPlan.id },
    );

    await signInAs(page, 'Mia Manager');
    await page.getByRole('heading', { level: 1, name: 'My team' }).waitFor();
    await page.locator('figcaption', { hasText: 'Attainment per member' }).waitFor();
    await page.locator('figcaption', { hasText: 'Forecast per member' }).waitFor();
    await page.locator('.chart svg').first().waitFor();
    await expectAccessible(page, 'team');

    const queue = page.getByRole('region', { name: 'Unassigned leads' });
    const leadRow = queue.locator('tr', { hasText: `Brasil ${tag} Ltda` });
    await refreshUntilVisible(page, 'Refresh unassigned leads', leadRow);
    await leadRow.getByLabel(`Rep for Brasil ${tag} Ltda`).selectOption('u-rep-raj');
    await leadRow.getByRole('button', { name: /^Assign/ }).click();
    await leadRow.waitFor({ state: 'detached' });
    const { lead } = await graphData<{ lead: { ownerId: string } }>(
      'manager',
      'query($id: ID!) { lead(id: $id) { ownerId } }',
      {
        id: createLead.id,
      },
    );
    expect(lead.ownerId).toBe('u-rep-raj');

    const target = page.getByRole('form', { name: 'Set a target' });
    await target.getByLabel('Member').selectOption('u-rep-rita');
    await target.getByLabel('Amount (EUR)').fill('123456.00');
    await target.getByRole('button', { name: 'Set the target' }).click();
    await target
      .getByRole('status')
      .getByText('Target of u-rep-rita set to €123,456.00.')
      .waitFor();

    const keyAccounts = page.getByRole('region', { name: 'Key accounts' });
    const designate = await openAction(keyAccounts, 'Designate a key account');
    await designate
      .getByLabel('Account', { exact: true })
      .selectOption({ label: `Growing ${tag} AG (u-rep-rita)` });
    await designate.getByLabel('Account manager').selectOption('u-am-alex');
    await designate.getByRole('button', { name: 'Designate' }).click();
    await keyAccounts.getByText(`Growing ${tag} AG`).first().waitFor();

    const plans = page.getByRole('region', { name: 'Account plans to approve' });
    const plan = plans.locator('li', { hasText: `${DemoAccounts.globex.name} ${year}` });
    await plan.getByRole('button', { name: /^Approve/ }).click();
    await plan.waitFor({ state: 'detached' });
    const { accountPlan } = await graphData<{ accountPlan: { status: string } }>(
      'manager',
      'query($id: ID!) { accountPlan(id: $id) { status } }',
      { id: createAccountPlan.id },
    );
    expect(accountPlan.status).toBe('APPROVED');
    await expectFitsTablet(page);
  });
});
