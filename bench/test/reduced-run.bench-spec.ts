import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { AtRestResult } from '../src/benchmarks/at-rest.benchmark';
import type { GatewaysResult } from '../src/benchmarks/gateways.benchmark';
import type { MessagingResult } from '../src/benchmarks/messaging.benchmark';
import type { BenchResult } from '../src/run-benchmarks';

const repoRoot = resolve(__dirname, '..', '..');
/** Past this the run is stopped (SIGTERM: the CLI stops the platform), before jest's own timeout. */
const killAfterMs = 8 * 60_000;

/** `node bench/dist/cli.js` as `npm run bench` runs it, reduced; its output, its exit status. */
function runReduced(resultsDir: string): Promise<{ status: number | null; output: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(repoRoot, 'bench', 'dist', 'cli.js')], {
      cwd: repoRoot,
      env: { ...process.env, BENCH_REDUCED: '1', BENCH_RESULTS_DIR: resultsDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGTERM'), killAfterMs);
    child.on('exit', (status) => {
      clearTimeout(timer);
      done({ status, output });
    });
  });
}

function result<T>(dir: string, name: string): BenchResult<T> {
  return JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as BenchResult<T>;
}

describe('npm run bench, reduced (BENCH_REDUCED=1)', () => {
  const resultsDir = mkdtempSync(join(tmpdir(), 'salesgraph-bench-'));
  let run: { status: number | null; output: string };

  beforeAll(async () => {
    run = await runReduced(resultsDir);
  });
  afterAll(() => rmSync(resultsDir, { recursive: true, force: true }));

  it('runs every benchmark to its end', () => {
    // On failure, the run's last lines say which step (the platform's start, a peer, a benchmark) did not finish.
    if (run.status !== 0)
      throw new Error(`exit ${run.status}:\n${run.output.split('\n').slice(-40).join('\n')}`);
  });

  it('compares the gateways on both queries, every side answering with data and every figure sane', () => {
    const { figures, machine } = result<GatewaysResult>(resultsDir, 'gateways');
    expect(machine.versions['@graphql-hive/gateway']).toMatch(/^\d+\.\d+/);
    expect(machine.cores).toBeGreaterThan(0);
    expect(Object.keys(figures.queries).sort()).toEqual(['keyAccount', 'leadList']);
    expect(Object.keys(figures.queries.leadList.sides).sort()).toEqual([
      'direct',
      'hive-gateway',
      'hive-router',
      'salesgraph',
    ]);
    expect(Object.keys(figures.queries.keyAccount.sides).sort()).toEqual([
      'hive-gateway',
      'hive-router',
      'salesgraph',
    ]);
    for (const query of Object.values(figures.queries))
      for (const [side, f] of Object.entries(query.sides)) {
        expect({ side, failures: f.failures, first: f.firstFailure }).toEqual({
          side,
          failures: 0,
          first: undefined,
        });
        expect(f.requests).toBeGreaterThan(0);
        expect(f.requestsPerSecond).toBeGreaterThan(0);
        expect(f.latencyMs.p50).toBeGreaterThan(0);
        expect(f.latencyMs.p50).toBeLessThanOrEqual(f.latencyMs.p99);
        expect(f.cpuMsPerRequest).toBeGreaterThan(0);
        if (side !== 'direct') expect(f.gatewayRssMiB).toBeGreaterThan(20);
      }
  });

  it('measures every process and database at rest', () => {
    const { figures } = result<AtRestResult>(resultsDir, 'at-rest');
    expect(Object.keys(figures.processes)).toEqual(
      expect.arrayContaining([
        'lead',
        'account',
        'order',
        'planning',
        'notification',
        'gateway',
        'order-admin',
      ]),
    );
    for (const p of Object.values(figures.processes)) {
      expect(p.rssMiB).toBeGreaterThan(20);
      expect(p.cpuPercentOfCore).toBeGreaterThanOrEqual(0);
    }
    expect(Object.keys(figures.databaseTransactionsPerSecond).sort()).toEqual([
      'account',
      'lead',
      'notification',
      'order',
      'planning',
    ]);
    // Commits wake the outbox relays; their safety polls are seconds apart, so a reduced window may see none.
    expect(figures.totals.databaseTransactionsPerSecond).toBeGreaterThanOrEqual(0);
  });

  it('runs the event path paced and unpaced', () => {
    const { figures } = result<MessagingResult>(resultsDir, 'messaging');
    for (const phase of [figures.paced, figures.pacedPolling!, figures.saturation]) {
      expect(phase.endToEndRate).toBeGreaterThan(0);
      expect(phase.publishRate).toBeGreaterThan(0);
      expect(phase.latencyMs.p50).toBeGreaterThan(0);
      expect(phase.latencyMs.p50).toBeLessThanOrEqual(phase.latencyMs.p99);
      expect(phase.publishLatencyMs.p50).toBeLessThanOrEqual(phase.publishLatencyMs.p99);
      // Published before consumed.
      expect(phase.publishLatencyMs.p50).toBeLessThanOrEqual(phase.latencyMs.p50);
    }
    expect(figures.pacedPolling!.relay).toBe('poll');
    expect(figures.paced.relay).toBe('notify');
    expect(figures.paced.targetRate).toBeGreaterThan(0);
    expect(figures.saturation.targetRate).toBe(0);
  });
});
