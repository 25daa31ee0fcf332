import { Client } from 'pg';
import { testInfrastructure } from '@salesgraph/testing';
import type { BenchOptions } from '../lib/bench-options';
import { round, sum } from '../lib/figures';
import { cpuReadings, cpuSpent, infrastructureCpuSources } from '../lib/platform-cpu';
import { memoryMiB } from '../lib/proc-stats';
import type { BenchPlatform, ServiceName } from '../platform/bench-platform';

export interface AtRestResult {
  seconds: number;
  processes: Record<string, { cpuPercentOfCore: number; rssMiB: number }>;
  /**
   * PostgreSQL (the server with its backends) and the Kafka broker, as a share of one core: what the
   * platform's polling and consumers cost them. Not in the totals: they serve whatever else runs.
   */
  infrastructure?: Record<string, { cpuPercentOfCore: number }>;
  /**
   * Each process' CPU in a second window as long as the first, right after it. The first, the
   * issue's, is the minute after a start and still holds the start settling (code being optimised,
   * the start's garbage collected); the second shows what an idle minute costs without most of it.
   * Shown beside the first, not instead of it: the target is read in the first.
   */
  after?: { seconds: number; processes: Record<string, { cpuPercentOfCore: number }> };
  /** Transactions (commits and rollbacks) per second in each service's own database, nobody calling. */
  databaseTransactionsPerSecond: Record<ServiceName, number>;
  totals: { cpuPercentOfCore: number; rssMiB: number; databaseTransactionsPerSecond: number };
}

/** Committed plus rolled-back transactions so far in each database, from PostgreSQL's statistics. */
async function transactionCounts(names: string[]): Promise<Record<string, number>> {
  const client = new Client({ connectionString: testInfrastructure().pgAdminUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string; xacts: string }>(
      'SELECT datname, xact_commit + xact_rollback AS xacts FROM pg_stat_database WHERE datname = ANY($1)',
      [names],
    );
    return Object.fromEntries(rows.map((row) => [row.datname, Number(row.xacts)]));
  } finally {
    await client.end();
  }
}

/** Waits `seconds` with nobody calling; resolves to the seconds that passed, timers being late. */
async function idleWindow(seconds: number): Promise<number> {
  const started = performance.now();
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  return (performance.now() - started) / 1000;
}

/**
 * Benchmark 7: what the platform costs with no traffic, right after start and
 * the demo seeds: each process' CPU (a share of one core) and resident memory,
 * and the transactions each service runs on its database (outbox polling,
 * consumers, health checks). The databases are the platform's alone, so their
 * counts are exact even on a shared PostgreSQL; backends report their
 * statistics about once a second, hence a window of a minute in the full run.
 * Then each process' CPU once more over a second window as long (`after`).
 */
export async function atRestBenchmark(
  platform: BenchPlatform,
  options: BenchOptions,
  say: (line: string) => void,
): Promise<AtRestResult> {
  const pids = platform.pids();
  const databases = Object.entries(platform.databases) as Array<[ServiceName, { name: string }]>;
  const names = databases.map(([, db]) => db.name);
  say(`    watching the idle platform for ${options.restSeconds} s`);
  // Let the seeds' events drain first: they are traffic, not rest.
  await new Promise((resolve) => setTimeout(resolve, options.reduced ? 1000 : 10_000));
  const infrastructure = infrastructureCpuSources();
  const sources = {
    ...Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, { pid }])),
    ...infrastructure,
  };
  const cpuBefore = cpuReadings(sources);
  const xactsBefore = await transactionCounts(names);
  const seconds = await idleWindow(options.restSeconds);
  const cpuAtEnd = cpuReadings(sources);
  const spent = cpuSpent(cpuBefore, cpuAtEnd);
  const xactsAfter = await transactionCounts(names);
  // A process' CPU milliseconds over a window, as a percentage of one core.
  const shareOfCore = (spentMs: number, overSeconds: number) =>
    round((spentMs / (overSeconds * 1000)) * 100, 2);
  const processes = Object.fromEntries(
    Object.entries(pids).map(([name, pid]) => [
      name,
      { cpuPercentOfCore: shareOfCore(spent[name], seconds), rssMiB: round(memoryMiB(pid).rss) },
    ]),
  );
  say(`    and for ${options.restSeconds} s more`);
  const afterSeconds = await idleWindow(options.restSeconds);
  const spentAfter = cpuSpent(cpuAtEnd, cpuReadings(sources));
  const databaseTransactionsPerSecond = Object.fromEntries(
    databases.map(([service, db]) => [
      service,
      round(((xactsAfter[db.name] ?? 0) - (xactsBefore[db.name] ?? 0)) / seconds, 2),
    ]),
  ) as Record<ServiceName, number>;
  return {
    seconds: round(seconds, 1),
    processes,
    infrastructure: Object.fromEntries(
      Object.keys(infrastructure).map((name) => [
        name,
        { cpuPercentOfCore: shareOfCore(spent[name], seconds) },
      ]),
    ),
    databaseTransactionsPerSecond,
    after: {
      seconds: round(afterSeconds, 1),
      processes: Object.fromEntries(
        Object.keys(pids).map((name) => [
          name,
          { cpuPercentOfCore: shareOfCore(spentAfter[name], afterSeconds) },
        ]),
      ),
    },
    totals: {
      cpuPercentOfCore: round(sum(Object.values(processes).map((p) => p.cpuPercentOfCore)), 2),
      rssMiB: round(sum(Object.values(processes).map((p) => p.rssMiB))),
      databaseTransactionsPerSecond: round(sum(Object.values(databaseTransactionsPerSecond)), 2),
    },
  };
}
