import { randomUUID } from 'node:crypto';
import { DemoProducts, DemoUsers } from '@salesgraph/demo-data';
import type { Browser, Page } from 'playwright-core';
import { priceSourceLabel } from '../../src/roles/rep/quotes/quote-rules';
import { browserStack } from './support/browser-stack-info';
import { expectAccessible, launchBrowser, openWorkbench, signInAs } from './support/browser';
import { graphAs, graphData } from './support/graph-as';
import { openAction } from './support/page-helpers';

/**
 * Issue 15: a rep on a customer visit makes a quote from a deal (its
 * products priced by the order service), sends it, opens the printable quote,
 * revises it, sends the new version and marks it accepted: it becomes an order.
 * The screen asks for a page of quotes (the gateway refused the unpaged list
 * as too expensive), so this also proves the gateway answers it.
 */
describe('the rep’s quotes of a deal', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    page = await openWorkbench(browser);
  });
  afterAll(() => browser.close());

  it('makes, sends, prints, revises and closes a quote from a deal', async () => {
    const name = `Ventile ${randomUUID().slice(0, 8)}`;
    const { createAccount } = await graphData<{ createAccount: { id: string } }>(
      'rep',
      'mutation($n: String!) { createAccount(input: { name: $n, segment: SMALL }) { id } }',
      { n: `${name} AG` },
    );
    // The lead service learns the new account from account events: retry until it has.
    let dealId: string | null = null;
    for (let i = 0; i < 60 && !dealId; i += 1) {
      const made = await graphAs<{ createOpportunity: { id: string } }>(
        'rep',
        `mutation($a: ID!, $n: String!, $p: ID!) { createOpportunity(input: { accountId: $a,
           terms: { name: $n, amount: "5000.00", currency: "EUR", products: [{ productId: $p, quantity: 4 }] } }) { id } }`,
        { a: createAccount.id, n: name, p: DemoProducts.valve.id },
      );
      dealId = made.data?.createOpportunity.id ?? null;
      if (!dealId) await page.waitForTimeout(500);
    }
    expect(dealId).not.toBeNull();

    await signInAs(page, DemoUsers.rep.name);
    await page.goto(`${browserStack().workbenchUrl}/deals/${dealId}/quotes`);
    await page.getByRole('heading', { level: 1, name: `Quotes for ${name}` }).waitFor();
    await page.getByText('No quote for this deal yet.').waitFor();

    // The order service may not know the account yet either: try until the quote is made.
    const heading = page.getByRole('heading', { name: /^QT-\d+, version 1: Draft$/ });
    // Click again only after a refusal: a slow success clicked twice would make two quotes.
    const refused = page.getByRole('alert');
    for (let i = 0; i < 30 && (await heading.count()) === 0; i += 1) {
      await page.getByRole('button', { name: 'Make the quote' }).click();
      await heading.or(refused).first().waitFor();
      if ((await heading.count()) === 0) await page.waitForTimeout(1_000);
    }
    await heading.waitFor();
    // One quote is less than a page: nothing older to offer.
    await expect(page.getByRole('button', { name: 'Show older quotes' }).count()).resolves.toBe(0);
    const { quotes } = await graphData<{
      quotes: Array<{
        id: string;
        quoteNumber: string;
        current: { lines: Array<{ priceSource: string }> };
      }>;
    }>(
      'rep',
      'query($o: ID!) { quotes(opportunityId: $o) { id quoteNumber current { lines { priceSource } } } }',
      {
        o: dealId,
      },
    );
    const [quote] = quotes;
    // Each line says where its price came from, as the order service decided.
    await expect(page.getByTestId('price-source').allTextContents()).resolves.toEqual([
      priceSourceLabel(quote.current.lines[0].priceSource),
    ]);
    await expectAccessible(page, 'a deal’s quotes');

    await page.getByRole('button', { name: /^Send to the customer/ }).click();
    await page.getByRole('heading', { name: `${quote.quoteNumber}, version 1: Sent` }).waitFor();

    const [printable] = await Promise.all([
      page.context().waitForEvent('page'),
      page.getByRole('button', { name: /^Printable quote/ }).click(),
    ]);
    await printable.waitForLoadState();
    await printable.getByText(quote.quoteNumber).first().waitFor();
    await printable.close();

    const revise = await openAction(page, 'Revise');
    await revise.getByLabel('Terms').fill('Net 45 days.');
    await revise.getByRole('button', { name: 'Make a new version' }).click();
    await page.getByRole('heading', { name: `${quote.quoteNumber}, version 2: Draft` }).waitFor();
    await page.getByText('Terms: Net 45 days.').waitFor();
    await page.getByRole('button', { name: /^Send to the customer/ }).click();
    await page.getByRole('heading', { name: `${quote.quoteNumber}, version 2: Sent` }).waitFor();

    const accept = await openAction(page, 'Mark accepted');
    await accept.getByLabel('The customer’s purchasing contact').fill('Petra Einkauf');
    await accept.getByRole('button', { name: 'Mark accepted' }).click();
    await page
      .getByRole('heading', { name: `${quote.quoteNumber}, version 2: Accepted` })
      .waitFor();
    await page.getByText(/became an order/).waitFor();

    const after = await graphData<{ quote: { status: string; orderId: string | null } }>(
      'rep',
      'query($q: ID!) { quote(id: $q) { status orderId } }',
      { q: quote.id },
    );
    expect(after.quote.status).toBe('ACCEPTED');
    expect(after.quote.orderId).not.toBeNull();
  });
});
