import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ExchangeRateSet, Topics } from '@salesgraph/events';
import { collectMessages, serviceTestEnv, testBroker, waitFor } from '@salesgraph/testing';
import { PlanningFixture } from './support/planning-fixture';

const planningDir = resolve(__dirname, '../..');
const script = join(planningDir, 'dist/scripts/import-rates.js');

/** Runs `npm run rates:import -w @salesgraph/planning -- <file>` as an operator would, against the test database. */
function importRates(
  env: Record<string, string>,
  file: string,
): Promise<{ code: number | null; output: string }> {
  return new Promise((done, fail) => {
    const child = spawn('npm', ['run', '--silent', 'rates:import', '--', file], {
      cwd: planningDir,
      env: { ...process.env, ...env },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', fail);
    child.on('close', (code) => done({ code, output }));
  });
}

/**
 * Issue 15: admins import a rates file with `npm run rates:import`. The
 * script is run for real (its built form, as in production) against the
 * service's database; the running service's relay publishes what it wrote.
 */
describe('planning: the rates:import command', () => {
  let f: PlanningFixture;
  let env: Record<string, string>;
  let dir: string;

  const ratesInTable = async () =>
    (
      await f.dataSource.query(
        `SELECT base_currency || '/' || quote_currency || '@' || to_char(effective_from, 'YYYY-MM-DD') || '=' || rate::float8 AS r
         FROM exchange_rate ORDER BY 1`,
      )
    ).map((row: { r: string }) => row.r);

  beforeAll(async () => {
    if (!existsSync(script))
      throw new Error(
        `${script} is missing: build planning first (npx turbo run build --filter=@salesgraph/planning)`,
      );
    f = await PlanningFixture.start('planning-rates-import');
    env = await serviceTestEnv({ databaseUrl: f.sut.database.url, topicPrefix: f.sut.topicPrefix });
    dir = await mkdtemp(join(tmpdir(), 'rates-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
    await f?.stop();
  });

  it('imports every rate of a good file, and the relay publishes each as ExchangeRateSet', async () => {
    const file = join(dir, 'ecb-2026-q2.csv');
    await writeFile(
      file,
      [
        'effective_from,base_currency,quote_currency,rate',
        '# the bank’s rates',
        '2026-04-01,EUR,GBP,0.8525',
        '',
        '2026-05-15,EUR,GBP,0.8490',
        '2026-04-01,CHF,EUR,1.0412',
      ].join('\n'),
    );
    const run = await importRates(env, file);
    expect(run).toMatchObject({ code: 0 });
    expect(await ratesInTable()).toEqual([
      'CHF/EUR@2026-04-01=1.0412',
      'EUR/GBP@2026-04-01=0.8525',
      'EUR/GBP@2026-05-15=0.849',
    ]);
    const sources = await f.dataSource.query(`SELECT DISTINCT source, set_by FROM exchange_rate`);
    expect(sources).toEqual([{ source: 'file:ecb-2026-q2.csv', set_by: 'service:planning' }]);
    const broker = testBroker();
    const collector = await collectMessages(broker, `${f.sut.topicPrefix}${Topics.planning}`);
    try {
      const rateEvents = () =>
        collector.messages
          .map((m) => JSON.parse(m.value!.toString()))
          .filter((e) => e.type === ExchangeRateSet.type);
      const published = await waitFor(() => rateEvents().length === 3 && rateEvents(), {
        what: 'three ExchangeRateSet events',
      });
      expect(published.map((e) => `${e.data.baseCurrency}/${e.data.quoteCurrency}`).sort()).toEqual(
        ['CHF/EUR', 'EUR/GBP', 'EUR/GBP'],
      );
      expect(published[0].data.source).toBe('file:ecb-2026-q2.csv');
    } finally {
      await collector.close();
      await broker.disconnect();
    }
  });

  it('imports nothing from a file with one bad row, and names its line', async () => {
    const file = join(dir, 'with-a-typo.csv');
    await writeFile(
      file,
      ['2026-06-01,EUR,GBP,0.8600', '2026-06-01,CHF,EUR,1,07', '2026-06-01,USD,EUR,0.91'].join(
        '\n',
      ),
    );
    const before = await ratesInTable();
    const run = await importRates(env, file);
    expect(run.code).not.toBe(0);
    expect(run.output).toContain('line 2: expected 4 values');
    expect(run.output).toContain('nothing was changed');
    expect(await ratesInTable()).toEqual(before);
  });

  it('refuses a rate the table cannot hold, naming the line, still importing nothing', async () => {
    const file = join(dir, 'bad-currency.csv');
    await writeFile(file, ['2026-06-01,EUR,GBP,0.8600', '', '2026-06-01,EURO,GBP,0.86'].join('\n'));
    const run = await importRates(env, file);
    expect(run.code).not.toBe(0);
    expect(run.output).toContain('line 3: "EURO" is not an ISO 4217 code');
    expect(await ratesInTable()).toHaveLength(3);
  });
});
