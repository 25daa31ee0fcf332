import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { AtRestResult } from '../src/benchmarks/at-rest.benchmark';
import type { EventLatencyResult } from '../src/benchmarks/event-latency.benchmark';
import type { GatewaysResult } from '../src/benchmarks/gateways.benchmark';
import type { LeadIngestResult } from '../src/benchmarks/lead-ingest.benchmark';
import type { MessagingResult } from '../src/benchmarks/messaging.benchmark';
import type { SqlStatementsResult } from '../src/benchmarks/sql-statements.benchmark';
import { serverPostgresDurability, type PostgresDurability } from '../src/lib/postgres-durability';
import { benchmarkNames, type BenchResult } from '../src/run-benchmarks';

const repoRoot = resolve(__dirname, '..', '..');
/** Past this the run is stopped (SIGTERM: the CLI stops the platform), before jest's own timeout. */
const killAfterMs = 11 * 60_000;

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
  let durabilityBefore: PostgresDurability;
  let durabilityAfter: PostgresDurability;

  beforeAll(async () => {
    durabilityBefore = await serverPostgresDurability();
    run = await runReduced(resultsDir);
    durabilityAfter = await serverPostgresDurability();
  });
  afterAll(() => rmSync(resultsDir, { recursive: true, force: true }));

  it('runs every benchmark to its end', () => {
    // On failure, the run's last lines say which step (the platform's start, a peer, a benchmark) did not finish.
    if (run.status !== 0)
      throw new Error(`exit ${run.status}:\n${run.output.split('\n').slice(-40).join('\n')}`);
  });

  it('runs on a durable PostgreSQL, as production runs it, and leaves the server as it found it', () => {
    for (const name of benchmarkNames)
      expect(result(resultsDir, name).machine.postgresqlDurability).toEqual({
        fsync: true,
        synchronousCommit: 'on',
        fullPageWrites: true,
      });
    // The dev cluster keeps all three off for the tests that follow in npm test.
    expect(durabilityAfter).toEqual(durabilityBefore);
  });

  it("brackets every benchmark with the host's speed, the second measurement the next one's first", () => {
    // The order a full run takes them in (the platform's first, then messaging, which is last anyway).
    const around = benchmarkNames.map((name) => result(resultsDir, name).hostSpeedAround!);
    for (const { before, after } of around)
      for (const speed of [before, after]) {
        expect(speed.javascriptMs).toBeGreaterThan(0);
        expect(speed.postgresqlMs).toBeGreaterThan(0);
        expect(speed.roundTripUs).toBeGreaterThan(0);
      }
    expect(around[0].before).toEqual(result(resultsDir, 'at-rest').machine.hostSpeed);
    for (let i = 1; i < around.length; i++) expect(around[i].before).toEqual(around[i - 1].after);
    expect(run.output).toMatch(/host speed (held|MOVED)/);
    // Sampled in between too, every second in a reduced run: the gateways' tens of seconds take several samples.
    for (const { during } of around)
      for (const sample of during!) expect(sample).toBeGreaterThan(0);
    expect(around[benchmarkNames.indexOf('gateways')].during!.length).toBeGreaterThanOrEqual(3);
    // The interval is recorded with the samples, so that the report says how often they were taken.
    for (const name of benchmarkNames)
      expect(result(resultsDir, name).hostSpeedSampleIntervalMs).toBe(1_000);
  });

  it('compares the gateways on both queries, every side answering with data and every figure sane', () => {
    const { figures, machine, options } = result<GatewaysResult>(resultsDir, 'gateways');
    expect(machine.versions['@graphql-hive/gateway']).toMatch(/^\d+\.\d+/);
    expect(machine.cores).toBeGreaterThan(0);
    // The host's speed, timed before the platform started, so that runs on other days can be compared.
    expect(machine.hostSpeed?.javascriptMs).toBeGreaterThan(0);
    expect(machine.hostSpeed?.postgresqlMs).toBeGreaterThan(0);
    expect(machine.hostSpeed?.roundTripUs).toBeGreaterThan(0);
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
        // One rate per round, each from a window of its own.
        expect(f.roundsRequestsPerSecond).toHaveLength(options.rounds);
        for (const rate of f.roundsRequestsPerSecond) expect(rate).toBeGreaterThan(0);
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
    // The window after the issue's, for the same processes and as long.
    expect(Object.keys(figures.after?.processes ?? {}).sort()).toEqual(
      Object.keys(figures.processes).sort(),
    );
    expect(figures.after?.seconds).toBeGreaterThanOrEqual(figures.seconds * 0.9);
    for (const p of Object.values(figures.after?.processes ?? {}))
      expect(p.cpuPercentOfCore).toBeGreaterThanOrEqual(0);
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

  it('counts the SQL statements per service of the key-account query and of lists of 10 and 100 accounts', () => {
    const { figures } = result<SqlStatementsResult>(resultsDir, 'sql-statements');
    expect(Object.keys(figures.queries).sort()).toEqual([
      'accountList10',
      'accountList100',
      'keyAccount',
    ]);
    expect(figures.queries.accountList10.items).toBe(10);
    expect(figures.queries.accountList100.items).toBe(100);
    // Every subgraph a query reaches counts its statements (the key account asks nothing of lead).
    const reached = {
      keyAccount: ['account', 'order', 'planning'],
      accountList10: ['account', 'lead', 'order', 'planning'],
      accountList100: ['account', 'lead', 'order', 'planning'],
    } as const;
    for (const [name, services] of Object.entries(reached))
      for (const service of services)
        expect({ name, service, counted: figures.queries[name].perService[service] > 0 }).toEqual({
          name,
          service,
          counted: true,
        });
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

  it('ingests marketing leads with one and two lead service instances, de-duplicated, assigned within the cap, and copies them raw', () => {
    const { figures } = result<LeadIngestResult>(resultsDir, 'lead-ingest');
    for (const phase of [figures.single, figures.double]) {
      // One in ten events repeats a person: fewer leads than events, and exactly one per person.
      expect(phase.distinctLeads).toBeLessThan(phase.events);
      expect(phase.final).toMatchObject({
        consumed: phase.events,
        stored: phase.distinctLeads,
        assigned: phase.distinctLeads,
        withOutbox: phase.distinctLeads,
      });
      expect(phase.leadsPerSecond).toBeGreaterThan(0);
      expect(phase.cpuPerLead.ms).toBeGreaterThan(0);
      // The lead service and PostgreSQL work for every lead; the probe's backend is not counted.
      expect(phase.cpuPerLead.byProcess.lead).toBeGreaterThan(0);
      expect(phase.cpuPerLead.byProcess.postgresql).toBeGreaterThan(0);
      expect(phase.cpuPerLead.byProcess).not.toHaveProperty('(excluded)');
    }
    expect(figures.double.cpuPerLead.byProcess['lead-2']).toBeGreaterThan(0);
    expect([figures.single.instances, figures.double.instances]).toEqual([1, 2]);
    expect(figures.copy.rows).toBe(figures.single.distinctLeads);
    expect(figures.copy.rowsPerSecond).toBeGreaterThan(0);
    expect(figures.ingestOverCopy).toBeGreaterThan(0);
    expect(figures.twoOverOne).toBeGreaterThan(0);
    expect(figures.fairness.repsOverCap).toBe(0);
    expect(figures.fairness.reps.length).toBeGreaterThanOrEqual(4);
  });

  it('measures publish-to-queryable paced and unpaced, every lead seen', () => {
    const { figures } = result<EventLatencyResult>(resultsDir, 'event-latency');
    for (const phase of [figures.paced, figures.saturation]) {
      expect(phase.latencyMs.seen).toBe(phase.events);
      expect(phase.latencyMs.p50).toBeGreaterThan(0);
      expect(phase.latencyMs.p50).toBeLessThanOrEqual(phase.latencyMs.p99);
      expect(phase.endToEndRate).toBeGreaterThan(0);
      expect(phase.cpuPerEvent.ms).toBeGreaterThan(0);
      expect(phase.cpuPerEvent.byProcess.lead).toBeGreaterThan(0);
      // The benchmark's own share of the cores, apart: its process publishes and polls, its probe answers.
      const own = phase.benchmarkCpuPerEvent!;
      expect(own.process).toBeGreaterThan(0);
      // Looked up in the index, a reduced run's polls can cost its backend less than /proc's 10 ms tick.
      expect(own.probeBackend).toBeGreaterThanOrEqual(0);
      expect(own.ms).toBeCloseTo(own.process + own.probeBackend, 1);
      // The polls assume a partition's leads are stored in the order published; the sweeps check it.
      expect(phase.foundOutOfOrder).toBe(0);
      // Every send acknowledged; the broker answers a send before the lead service has stored its leads.
      const acknowledged = phase.acknowledgedMs!;
      expect(acknowledged.seen).toBe(phase.events);
      expect(acknowledged.p50).toBeGreaterThan(0);
      expect(acknowledged.p50).toBeLessThan(phase.latencyMs.p50);
    }
    expect(figures.paced.targetRate).toBeGreaterThan(0);
    expect(figures.saturation.targetRate).toBe(0);
    // The paced phase also by fifth of its publishing: every lead in one stretch, in order.
    const stretches = figures.paced.latencyOverTime!;
    expect(stretches).toHaveLength(5);
    expect(stretches.reduce((seen, w) => seen + w.seen, 0)).toBe(figures.paced.events);
    stretches.forEach((w, i) => expect(w.fromS).toBe(i === 0 ? 0 : stretches[i - 1].toS));
    expect(figures.saturation.latencyOverTime).toBeUndefined();
  });
});
