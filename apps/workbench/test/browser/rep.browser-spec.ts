import { DemoUsers } from '@salesgraph/identity';
import type { Browser, Page } from 'playwright-core';
import { expectAccessible, launchBrowser, openWorkbench, signInAs } from './support/browser';
import { graphData } from './support/graph-as';
import { marketingLead, publishMarketingLead } from './support/marketing-leads';
import { expectFitsTablet, openAction, refreshUntilVisible } from './support/page-helpers';

/**
 * A sales rep's day in the workbench: a lead marketing published to Kafka
 * reaches the rep's screen; the rep contacts it, logs a call with the next
 * follow-up, qualifies and converts it, and moves the new deal across the
 * pipeline board by drag and drop and from the keyboard.
 */
describe('the sales rep’s workbench', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    page = await openWorkbench(browser);
  });
  afterAll(() => browser.close());

  it('works a marketing lead from Kafka to a customer and moves its deal on the board', async () => {
    const lead = marketingLead({ country: 'DE' });
    await publishMarketingLead(lead);
    // The DACH rule gives it to a rep of team North; which one, the assignment engine decides.
    let ownerId: string | null = null;
    for (let i = 0; i < 60 && !ownerId; i += 1) {
      const { leads } = await graphData<{ leads: Array<{ ownerId: string | null }> }>(
        'manager',
        'query($c: String) { leads(filter: { campaign: $c }) { ownerId } }',
        { c: lead.campaign },
      );
      ownerId = leads[0]?.ownerId ?? null;
      if (!ownerId) await page.waitForTimeout(500);
    }
    const rep = Object.values(DemoUsers).find((u) => u.id === ownerId)!;
    expect(rep).toBeDefined();

    await signInAs(page, rep.name);
    await page.getByRole('heading', { level: 1, name: 'My day' }).waitFor();
    const leadButton = page.getByRole('button', { name: lead.company, exact: true });
    await refreshUntilVisible(page, 'Refresh leads', leadButton);
    await page.getByRole('heading', { name: 'My quarter' }).waitFor();
    await page.getByText(/^Target and attainment/).waitFor();
    await page.getByRole('heading', { name: 'My orders' }).waitFor();
    await expectAccessible(page, 'rep home');

    await leadButton.click();
    const panel = page.getByRole('region', { name: 'Lead', exact: true });
    await panel.getByRole('heading', { name: new RegExp(lead.company) }).waitFor();
    await panel.getByRole('button', { name: 'Mark as contacted' }).click();
    await panel.getByRole('heading', { name: /Contacted/ }).waitFor();

    const log = await openAction(panel, 'Log a call or visit');
    await log.getByLabel('What').selectOption('CALL');
    await log.getByLabel('Outcome').selectOption('INTERESTED');
    await log.getByLabel('Notes').fill('Wants a quote for 100 valves');
    await log.getByLabel('Next follow-up').fill('2030-01-15T09:30');
    await log.getByRole('button', { name: 'Log it' }).click();
    await panel.getByText(/Call, interested · Wants a quote for 100 valves/).waitFor();
    await expectAccessible(page, 'rep home with a lead open');

    await panel.getByRole('button', { name: 'Qualify', exact: true }).click();
    await panel.getByRole('heading', { name: /Qualified/ }).waitFor();
    const convert = await openAction(panel, 'Convert to customer');
    await convert.getByLabel('First deal: amount (EUR)').fill('24990.00');
    await convert.getByRole('button', { name: 'Convert', exact: true }).click();
    await panel.getByRole('heading', { name: /Converted/ }).waitFor();

    // The conversion opened a deal: on the board in Qualification.
    const card = page.locator(`.card[data-deal="${lead.company}"]`);
    await refreshUntilVisible(page, 'Refresh pipeline', card);
    const column = (stage: string) => page.locator(`.board-column[data-stage="${stage}"]`);
    await column('QUALIFICATION').locator(`[data-deal="${lead.company}"]`).waitFor();
    await card.dragTo(column('PROPOSAL'));
    await column('PROPOSAL').locator(`[data-deal="${lead.company}"]`).waitFor();
    await card.getByLabel(`Stage of ${lead.company}`).selectOption('NEGOTIATION');
    await column('NEGOTIATION').locator(`[data-deal="${lead.company}"]`).waitFor();

    const { opportunities } = await graphData<{
      opportunities: Array<{ name: string; stage: string }>;
    }>(
      rep.id === DemoUsers.rep.id ? 'rep' : 'rep2',
      '{ opportunities(limit: 200) { name stage } }',
    );
    expect(opportunities.find((o) => o.name === lead.company)?.stage).toBe('NEGOTIATION');
    await expectFitsTablet(page);
    await expectAccessible(page, 'rep home at tablet width');
  });
});
