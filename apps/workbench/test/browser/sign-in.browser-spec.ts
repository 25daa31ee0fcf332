import type { Browser } from 'playwright-core';
import { browserStack } from './support/browser-stack-info';
import {
  expectAccessible,
  launchBrowser,
  laptop,
  openWorkbench,
  signInAs,
  signOut,
} from './support/browser';

/**
 * Signing in: in development from the list of demo users; in production
 * through the configured OpenID Connect issuer (authorization code with
 * PKCE), with the token kept in memory only.
 */
describe('signing in to the workbench', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('lists the demo users in development and opens the chosen user’s home', async () => {
    const page = await openWorkbench(browser);
    await page.getByRole('button', { name: /^Rita Rep/ }).waitFor();
    await expectAccessible(page, 'development sign-in');
    await signInAs(page, 'Rita Rep');
    await page.getByRole('heading', { level: 1, name: 'My day' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/rep');
    await page.goto(`${browserStack().workbenchUrl}/no-such-page`);
    await page.getByRole('heading', { level: 1, name: 'Nothing here' }).waitFor();
    await expectAccessible(page, 'not found');
    await signOut(page);
    await page.context().close();
  });

  it('signs in through the OIDC issuer with PKCE and never stores the token', async () => {
    const context = await browser.newContext({ viewport: laptop });
    const page = await context.newPage();
    const tokenRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/token')) tokenRequests.push(request.postData() ?? '');
    });
    await page.goto(`${browserStack().oidcWorkbenchUrl}/campaigns`);
    await expectAccessible(page, 'OIDC sign-in');
    await page.getByRole('button', { name: /^Sign in with 127\.0\.0\.1/ }).click();
    // The issuer's own page: who are you?
    await page.getByRole('link', { name: 'Mara Marketing' }).click();
    await page.getByRole('heading', { level: 1, name: 'Campaigns' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/campaigns');

    expect(tokenRequests).toHaveLength(1);
    expect(new URLSearchParams(tokenRequests[0]).get('code_verifier')).toMatch(
      /^[A-Za-z0-9_-]{43,128}$/,
    );
    const storage = await page.evaluate(() =>
      JSON.stringify({ ...localStorage, ...sessionStorage }),
    );
    expect(storage).not.toMatch(/eyJ/); // no JWT anywhere in web storage
    await context.close();
  });
});
