import { testInfrastructure } from '@salesgraph/testing';
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

/** What each source spent between two readings. */
export function cpuSpent(
  before: Record<string, number>,
  after: Record<string, number>,
): Record<string, number> {
  return Object.fromEntries(Object.keys(before).map((name) => [name, after[name] - before[name]]));
}
