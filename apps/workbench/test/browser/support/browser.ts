import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import { browserStack } from './browser-stack-info';

/**
 * Debian's chromium, driven by playwright-core (Playwright's own browser
 * download is not used). Without the background-networking flags Chromium
 * keeps calling Google hosts, and many refused connections slow it down.
 */
export const chromiumOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

/**
 * One chromium per test file: a browser that dies under load takes one file
 * with it, not the rest of the run.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch(chromiumOptions);
}

export const laptop = { width: 1366, height: 900 };
export const tablet = { width: 820, height: 1180 };

export async function openWorkbench(browser: Browser, viewport = laptop): Promise<Page> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  await page.goto(browserStack().workbenchUrl);
  return page;
}

/** Development sign-in: the demo user's button on the sign-in page. */
export async function signInAs(page: Page, name: string): Promise<void> {
  await page.goto(browserStack().workbenchUrl);
  await page.getByRole('button', { name: new RegExp(`^${name}`) }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('heading', { name: 'SalesGraph workbench' }).waitFor();
}

/** axe on the page as it is now: no serious or critical violation (WCAG 2.1 A and AA rules). */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  const serious = results.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  const report = serious.map(
    (v) =>
      `${v.impact}: ${v.id} (${v.help}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect({ where, violations: report }).toEqual({ where, violations: [] });
}
