import { DemoAccounts } from '@salesgraph/demo-data';
import type { Browser, Page } from 'playwright-core';
import { expectAccessible, launchBrowser, openWorkbench, signInAs } from './support/browser';
import { graphData } from './support/graph-as';
import { expectFitsTablet, openAction, refreshUntilVisible } from './support/page-helpers';

/** The technical department receives a request the account manager routed, starts it and finishes it. */
describe('an internal department’s service requests', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    page = await openWorkbench(browser);
  });
  afterAll(() => browser.close());

  it('moves a routed request from open to in progress to done', async () => {
    const title = `Calibrate sensors ${Date.now().toString(36)}`;
    await graphData(
      'accountManager',
      'mutation($a: ID!, $t: String!, $d: LocalDate!) { routeServiceRequest(input: { accountId: $a, department: TECHNICAL, title: $t, priority: HIGH, dueDate: $d }) { id } }',
      {
        a: DemoAccounts.globex.id,
        t: title,
        d: new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10),
      },
    );

    await signInAs(page, 'Theo Technical');
    await page.getByRole('heading', { level: 1, name: 'Service requests: Technical' }).waitFor();
    const request = page.locator(`li[data-request="${title}"]`);
    await refreshUntilVisible(page, 'Refresh service requests', request);
    await expectAccessible(page, 'service requests');

    await request.getByRole('button', { name: `Start ${title}` }).click();
    await request.getByText('In progress').waitFor();
    const done = await openAction(request, `Mark done ${title}`);
    await done.getByLabel('What was done').fill('Recalibrated on site');
    await done.getByRole('button', { name: 'Done', exact: true }).click();
    await request.waitFor({ state: 'detached' });

    await page.getByLabel('Show done and cancelled').check();
    await request.getByText('Done', { exact: true }).waitFor();
    await request.getByText('Note: Recalibrated on site').waitFor();
    await expectFitsTablet(page);
  });
});
