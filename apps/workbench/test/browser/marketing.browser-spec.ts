import type { Browser, Page } from 'playwright-core';
import { expectAccessible, launchBrowser, openWorkbench, signInAs } from './support/browser';
import { graphData } from './support/graph-as';
import { marketingLead, publishMarketingLead } from './support/marketing-leads';
import { expectFitsTablet, refreshUntilVisible } from './support/page-helpers';

/**
 * Marketing publishes a campaign's leads to Kafka (one of them twice) and
 * sees on the workbench what became of them: captured, merged, assigned,
 * disqualified with the rep's reason.
 */
describe('marketing’s campaign funnel', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    page = await openWorkbench(browser);
  });
  afterAll(() => browser.close());

  it('shows the funnel of a campaign’s leads with the disqualification reasons', async () => {
    const first = marketingLead({ country: 'AT' });
    const campaign = first.campaign!;
    const second = marketingLead({ country: 'DE', campaign });
    await publishMarketingLead(first);
    await publishMarketingLead(second);
    await publishMarketingLead({ ...first, capturedAt: new Date().toISOString() }); // the same lead again: merged

    let leads: Array<{ id: string; ownerId: string | null; mergeCount: number; company: string }> =
      [];
    for (let i = 0; i < 60; i += 1) {
      ({ leads } = await graphData<{ leads: typeof leads }>(
        'marketing',
        'query($c: String) { leads(filter: { campaign: $c }) { id ownerId mergeCount company } }',
        { c: campaign },
      ));
      if (
        leads.length === 2 &&
        leads.every((l) => l.ownerId) &&
        leads.some((l) => l.mergeCount === 1)
      )
        break;
      await page.waitForTimeout(500);
    }
    const rejected = leads.find((l) => l.company === second.company)!;
    const owner = rejected.ownerId === 'u-rep-rita' ? 'rep' : 'rep2';
    await graphData(
      owner,
      'mutation($id: ID!) { disqualifyLead(id: $id, input: { reason: "No budget this year" }) { status } }',
      {
        id: rejected.id,
      },
    );

    await signInAs(page, 'Mara Marketing');
    await page.getByRole('heading', { level: 1, name: 'Campaigns' }).waitFor();
    const option = page.locator('option', { hasText: campaign });
    await refreshUntilVisible(page, 'Refresh campaigns', option);
    await page
      .getByLabel('Campaign', { exact: true })
      .selectOption({ label: `${campaign} (2 leads)` });
    const funnel = page.getByRole('region', { name: `Funnel of ${campaign}` });
    const stat = (label: string) =>
      funnel.locator('dl div', { has: page.locator('dt', { hasText: label }) }).locator('dd');
    await funnel.locator('.chart svg').waitFor();
    expect(await stat('Captured').textContent()).toBe('3');
    expect(await stat('Merged as duplicates').textContent()).toBe('1');
    expect(await stat('Assigned to a rep').textContent()).toBe('2');
    expect(await stat('Disqualified').textContent()).toBe('1');
    await page
      .getByRole('region', { name: 'Disqualified, and why' })
      .getByText('No budget this year')
      .waitFor();
    await expectAccessible(page, 'campaigns');
    await expectFitsTablet(page);
  });
});
