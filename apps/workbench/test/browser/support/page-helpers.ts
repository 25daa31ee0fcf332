import type { Locator, Page } from 'playwright-core';
import { tablet } from './browser';

/**
 * Clicks a panel's Refresh until `target` shows: other services change the
 * data behind the page (a lead from Kafka, an order from order events), and
 * the graph is eventually consistent.
 */
export async function refreshUntilVisible(
  page: Page,
  refreshName: string,
  target: Locator,
  timeoutMs = 30_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  // An <option> is never "visible" to Playwright: being there is enough.
  const present = async () =>
    (await target.count()) > 0 &&
    ((await target.first().evaluate((e) => e.tagName === 'OPTION')) ||
      (await target.first().isVisible()));
  while (Date.now() < deadline) {
    if (await present()) return;
    await page.getByRole('button', { name: refreshName }).first().click();
    await page.waitForTimeout(750);
  }
  await target.first().waitFor({ state: 'attached', timeout: 1_000 });
}

/** The form an action button opened (forms are named after their action). */
export async function openAction(page: Page | Locator, button: string | RegExp): Promise<Locator> {
  await page.getByRole('button', { name: button }).first().click();
  return page.getByRole('form', { name: button }).first();
}

/** At tablet width the page reflows: nothing forces the whole page to scroll sideways. */
export async function expectFitsTablet(page: Page): Promise<void> {
  await page.setViewportSize(tablet);
  await page.waitForTimeout(300);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

export function currentQuarterStart(now = new Date()): string {
  const month = Math.floor(now.getUTCMonth() / 3) * 3;
  return `${now.getUTCFullYear()}-${String(month + 1).padStart(2, '0')}-01`;
}
