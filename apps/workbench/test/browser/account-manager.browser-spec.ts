import { DemoAccounts } from '@salesgraph/demo-data';
import { waitFor } from '@salesgraph/testing';
import type { Browser, Page } from 'playwright-core';
import { expectAccessible, launchBrowser, openWorkbench, signInAs } from './support/browser';
import { graphData } from './support/graph-as';
import { expectFitsTablet, openAction } from './support/page-helpers';

/**
 * An account manager on a key account's page: everything the key-account
 * query returns is on screen, and each part's action works from it.
 */
describe('the account manager’s key-account page', () => {
  let browser: Browser;
  let page: Page;
  const tag = Date.now().toString(36);
  beforeAll(async () => {
    browser = await launchBrowser();
    page = await openWorkbench(browser);
  });
  afterAll(() => browser.close());

  it('shows everything the key-account query returns', async () => {
    await signInAs(page, 'Alex Account-Manager');
    await page.getByRole('heading', { level: 1, name: 'Key accounts' }).waitFor();
    await expectAccessible(page, 'key accounts');
    await page.getByRole('link', { name: DemoAccounts.globex.name }).click();
    await page.getByRole('heading', { level: 1, name: DemoAccounts.globex.name }).waitFor();

    for (const section of [
      'Health',
      'Competitor threats',
      'Buying centre',
      'Supply contracts',
      'Orders',
      'Relationship actions',
      'Communication plan',
      'Customisation proposals',
      'Service requests',
    ])
      await page.getByRole('region', { name: section, exact: true }).waitFor();
    const planPanel = page.getByRole('region', { name: /^Account plan / });
    await planPanel.locator('figcaption', { hasText: 'Plan against actual per product' }).waitFor();
    await planPanel.locator('.chart svg').waitFor(); // the chart library loaded and drew
    await page.getByRole('meter').first().waitFor(); // consumption bars
    await page.locator('.role-cell').first().waitFor(); // the map of buying roles
    await expectAccessible(page, 'key account');
  });

  it('logs a threat, adds a contact, plans a touchpoint, routes a request, drafts a proposal, creates a call-off', async () => {
    const threats = page.getByRole('region', { name: 'Competitor threats' });
    const threat = await openAction(threats, 'Log a threat');
    await threat.getByLabel('Competitor').fill(`Rival ${tag}`);
    await threat.getByLabel('Threat level').selectOption('HIGH');
    await threat.getByRole('button', { name: 'Log a threat' }).click();
    await threats.getByText(`Rival ${tag}`).first().waitFor();
    // The status changes where the threat is shown; the select follows what the graph stored.
    const threatStatus = threats.getByLabel(`Status of the Rival ${tag} threat`);
    await threatStatus.selectOption('MITIGATED');
    await waitFor(async () => (await threatStatus.inputValue()) === 'MITIGATED', {
      what: 'the threat shown as mitigated',
    });
    const stored = await graphData<{
      account: { competitorThreats: Array<{ competitor: string }> };
    }>(
      'accountManager',
      `query ($id: ID!) { account(id: $id) { competitorThreats(status: MITIGATED) { competitor } } }`,
      { id: DemoAccounts.globex.id },
    );
    expect(stored.account.competitorThreats.map((t) => t.competitor)).toContain(`Rival ${tag}`);

    const centre = page.getByRole('region', { name: 'Buying centre' });
    const contact = await openAction(centre, 'Add a contact');
    await contact.getByLabel('Name').fill(`Pat ${tag}`);
    await contact.getByLabel('Buying role').selectOption('USER');
    await contact.getByRole('button', { name: 'Add a contact' }).click();
    await centre.locator('[data-role="USER"]').getByText(`Pat ${tag}`).first().waitFor();

    const plan = page.getByRole('region', { name: 'Communication plan' });
    const touchpoint = await openAction(plan, 'Plan a touchpoint');
    await touchpoint.getByLabel('With').selectOption({ label: `Pat ${tag}` });
    await touchpoint.getByLabel('Purpose').fill(`Review ${tag}`);
    await touchpoint.getByRole('button', { name: 'Plan a touchpoint' }).click();
    await plan.getByText(`Review ${tag}`).first().waitFor();

    const requests = page.getByRole('region', { name: 'Service requests' });
    const request = await openAction(requests, 'Route a request');
    await request.getByLabel('Department').selectOption('LOGISTICS');
    await request.getByLabel('Title').fill(`Deliver ${tag}`);
    await request.getByRole('button', { name: 'Route a request' }).click();
    await requests.getByText(`Deliver ${tag}`).first().waitFor();

    const proposals = page.getByRole('region', { name: 'Customisation proposals' });
    const proposal = await openAction(proposals, 'Draft a proposal');
    await proposal.getByLabel('Requested change').fill(`Coating ${tag}`);
    await proposal.getByLabel('Value (EUR)').fill('1500.00');
    await proposal.getByRole('button', { name: 'Draft a proposal' }).click();
    await proposals.getByText(`Coating ${tag}`).first().waitFor();
    const drafted = proposals.locator('li', { hasText: `Coating ${tag}` });
    await drafted.getByRole('button', { name: /^Send to the customer/ }).click();
    await drafted.getByText('Submitted').waitFor();

    const contracts = page.getByRole('region', { name: 'Supply contracts' });
    const callOff = await openAction(contracts, 'Create a call-off');
    await callOff.getByLabel('Product').selectOption({ index: 0 });
    await callOff.getByLabel('Quantity').fill('3');
    await callOff.getByRole('button', { name: 'Create a call-off' }).click();
    const orders = page.getByRole('region', { name: 'Orders', exact: true });
    const draft = orders.locator('tr', { hasText: 'Draft' }).first();
    await draft.waitFor();
    await draft.getByRole('button', { name: /^Place/ }).click();
    await orders.locator('tr', { hasText: 'Draft' }).first().waitFor({ state: 'detached' });

    await expectAccessible(page, 'key account after its actions');
    await expectFitsTablet(page);
  });
});
