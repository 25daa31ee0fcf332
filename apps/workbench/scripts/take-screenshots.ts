// `npm run workbench:screenshots` (through infra/workbench-screenshots.sh):
// starts the browser tests' stack, signs in as one demo user per role and
// writes docs/workbench/<role>.png of that role's home page.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import globalSetup from '../test/browser/browser.global-setup';
import globalTeardown from '../test/browser/browser.global-teardown';
import { laptop, launchBrowser, signInAs } from '../test/browser/support/browser';
import { repoRoot } from '../test/browser/support/browser-stack-info';

const roles = [
  { file: 'sales-rep', user: 'Rita Rep', path: '/rep', ready: 'My pipeline' },
  {
    file: 'account-manager',
    user: 'Alex Account-Manager',
    path: '/accounts/a0000000-0000-4000-8000-000000000001',
    ready: 'Supply contracts',
  },
  { file: 'sales-manager', user: 'Mia Manager', path: '/team', ready: 'Unassigned leads' },
  { file: 'sales-coordinator', user: 'Cole Coordinator', path: '/orders', ready: /^Placed/ },
  { file: 'marketing', user: 'Mara Marketing', path: '/campaigns', ready: /^Funnel of/ },
  { file: 'internal-department', user: 'Theo Technical', path: '/requests', ready: /./ },
];

async function main() {
  await globalSetup();
  const out = join(repoRoot, 'docs', 'workbench');
  mkdirSync(out, { recursive: true });
  const browser = await launchBrowser();
  try {
    for (const role of roles) {
      const context = await browser.newContext({ viewport: laptop });
      const page = await context.newPage();
      page.setDefaultTimeout(60_000);
      await signInAs(page, role.user);
      await page.goto(new URL(role.path, page.url()).toString());
      await page.getByRole('heading', { level: 2, name: role.ready }).first().waitFor();
      await page
        .getByRole('status')
        .first()
        .waitFor({ state: 'detached' })
        .catch(() => undefined);
      const charts = page.locator('.chart');
      for (let i = 0; i < (await charts.count()); i += 1)
        await charts.nth(i).locator('svg').waitFor();
      await page.screenshot({ path: join(out, `${role.file}.png`), fullPage: true });
      console.log(`    docs/workbench/${role.file}.png`);
      await context.close();
    }
  } finally {
    await browser.close();
  }
}

main()
  .then(() => globalTeardown())
  .catch(async (error) => {
    console.error(error);
    await globalTeardown();
    process.exit(1);
  });
