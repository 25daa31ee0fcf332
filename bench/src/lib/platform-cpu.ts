import { testInfrastructure } from '@salesgraph/testing';
import { round, sum } from './figures';
import { cpuMillis, listeningPid, treeCpuMillis } from './proc-stats';

/** How one part of the platform's CPU is read: a process alone, or with every process under it. */
export interface CpuSource {
  pid: number;
  withDescendants?: boolean;
}

/**
 * PostgreSQL and the Kafka broker, found by the local ports the platform reaches them on:
 * `postgresql` is the postmaster with its backends and workers, `kafka` the broker's JVM. Either
 * is left out when no process of this machine listens there (a server in a container or on
 * another host), and the result says which were counted.
 */
export function infrastructureCpuSources(): Record<string, CpuSource> {
  const { pgAdminUrl, kafkaBrokers } = testInfrastructure();
  const sources: Record<string, CpuSource> = {};
  const postgres = listeningPid(Number(new URL(pgAdminUrl).port || 5432));
  if (postgres !== undefined) sources.postgresql = { pid: postgres, withDescendants: true };
  const kafka = listeningPid(Number(kafkaBrokers[0].split(':').pop()));
  if (kafka !== undefined) sources.kafka = { pid: kafka };
  return sources;
}

/** Each source's CPU time so far, in milliseconds: read before and after a measured window. */
export function cpuReadings(sources: Record<string, CpuSource>): Record<string, number> {
  return Object.fromEntries(
    Object.entries(sources).map(([name, source]) => [
      name,
      source.withDescendants ? treeCpuMillis(source.pid) : cpuMillis(source.pid),
    ]),
  );
}

/** What the sources of a reading or a spending come to together. */
export function totalMs(byName: Record<string, number>): number {
  return sum(Object.values(byName));
}

/** What each source spent between two readings. */
export function cpuSpent(
  before: Record<string, number>,
  after: Record<string, number>,
): Record<string, number> {
  return Object.fromEntries(Object.keys(before).map((name) => [name, after[name] - before[name]]));
}

/** Every process of the platform by name (services, gateways, order administration), PostgreSQL and Kafka. */
export function platformCpuSources(pids: Record<string, number>): Record<string, CpuSource> {
  return {
    ...Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, { pid }])),
    ...infrastructureCpuSources(),
  };
}

/** What the platform spent on a piece of work, in all and process by process. */
export interface WorkCpu {
  totalMs: number;
  byProcess: Record<string, number>;
  /** How long the platform took to finish after the work was seen done (see `CpuWindow.stop`). */
  settleSeconds: number;
  /** What the excluded process (the benchmark's own connection) spent meanwhile; 0 when none was given. */
  excludedMs: number;
}

/**
 * CPU spent by the platform on one piece of work (a batch of events), from its start until the
 * platform is quiet again: what follows a lead's storage (the relay publishing its events, the
 * other services consuming them) is part of its cost. `excluded` is read alongside and taken out
 * of `from`: the benchmark's own PostgreSQL connection, whose backend is one of PostgreSQL's
 * processes but measures rather than works.
 */
export class CpuWindow {
  private constructor(
    private readonly sources: Record<string, CpuSource>,
    private readonly excluded: { name: string; from: string } | undefined,
    private readonly quietShare: number,
    private readonly before: Record<string, number>,
  ) {}

  /**
   * `quietShare`: the share of a core under which the platform counts as done (`stop`); give
   * it `restingShare` read before the work, and a margin.
   */
  static start(
    sources: Record<string, CpuSource>,
    options: { excluded?: { pid: number; from: string }; quietShare?: number } = {},
  ): CpuWindow {
    const { excluded, quietShare = 0.1 } = options;
    const all = { ...sources };
    const name = '(excluded)';
    const kept = excluded && all[excluded.from] ? { name, from: excluded.from } : undefined;
    if (kept && excluded) all[name] = { pid: excluded.pid };
    return new CpuWindow(all, kept, quietShare, cpuReadings(all));
  }

  /**
   * The share of a core `sources` spend together over `ms` now: read before any work, the level
   * `stop` waits to come back to (the relays' and consumers' timers, a profiler when one runs).
   * `quietShareOf` adds the margin the benchmarks use.
   */
  static async restingShare(sources: Record<string, CpuSource>, ms = 1_000): Promise<number> {
    const before = cpuReadings(sources);
    await new Promise((resolve) => setTimeout(resolve, ms));
    return totalMs(cpuSpent(before, cpuReadings(sources))) / ms;
  }

  /** Waits until the platform spends under its quiet share of a core over `windowMs`, at most `timeoutMs`, then reads. */
  async stop(options: { windowMs?: number; timeoutMs?: number } = {}): Promise<WorkCpu> {
    const { windowMs = 500, timeoutMs = 30_000 } = options;
    const started = performance.now();
    let last = cpuReadings(this.sources);
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, windowMs));
      const now = cpuReadings(this.sources);
      const spent = totalMs(cpuSpent(last, now));
      last = now;
      if (spent < this.quietShare * windowMs || performance.now() - started > timeoutMs) break;
    }
    const byProcess = cpuSpent(this.before, last);
    let excludedMs = 0;
    if (this.excluded) {
      excludedMs = byProcess[this.excluded.name];
      byProcess[this.excluded.from] -= excludedMs;
      delete byProcess[this.excluded.name];
    }
    return {
      totalMs: totalMs(byProcess),
      byProcess,
      settleSeconds: (performance.now() - started) / 1000,
      excludedMs,
    };
  }
}

/** The platform counts as done with a piece of work within 5 % of a core of its level at rest. */
export async function quietShareOf(sources: Record<string, CpuSource>): Promise<number> {
  return (await CpuWindow.restingShare(sources)) + 0.05;
}

/** What the platform spent per unit of a piece of work (an event, a lead), in milliseconds. */
export interface CpuPerUnit {
  ms: number;
  byProcess: Record<string, number>;
  /** How long the platform took to finish after the work was seen done. */
  settleSeconds: number;
}

export function cpuPerUnit(work: WorkCpu, units: number): CpuPerUnit {
  const per = (ms: number) => round(ms / Math.max(1, units), 2);
  return {
    ms: per(work.totalMs),
    byProcess: Object.fromEntries(
      Object.entries(work.byProcess).map(([name, ms]) => [name, per(ms)]),
    ),
    settleSeconds: round(work.settleSeconds),
  };
}
