import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { atRestBenchmark } from './benchmarks/at-rest.benchmark';
import { eventLatencyBenchmark } from './benchmarks/event-latency.benchmark';
import { gatewaysBenchmark } from './benchmarks/gateways.benchmark';
import { leadIngestBenchmark } from './benchmarks/lead-ingest.benchmark';
import { messagingBenchmark } from './benchmarks/messaging.benchmark';
import { sqlStatementsBenchmark } from './benchmarks/sql-statements.benchmark';
import type { BenchOptions } from './lib/bench-options';
import { untilTheHostHeld, type HostSpeedAround } from './lib/host-moved-reruns';
import { hostSpeedSampleIntervalMs, watchHostSpeed } from './lib/host-speed-watch';
import { hostSpeedNow, machineInfo, type MachineInfo } from './lib/machine-info';
import { makePostgresDurable } from './lib/postgres-durability';
import { hostSpeedLevelSentence } from './lib/usual-host-speed';
import { untilAtItsUsualSpeed } from './lib/usual-speed-wait';
import { startBenchPlatform, type BenchPlatform } from './platform/bench-platform';

/** Every benchmark by the name of its command and results file, in the order a full run takes them. */
export const benchmarkNames = [
  'at-rest',
  'gateways',
  'sql-statements',
  'lead-ingest',
  'event-latency',
  'messaging',
] as const;
export type BenchmarkName = (typeof benchmarkNames)[number];

/**
 * Those that need the whole platform running: one start serves them all; at rest comes first, before any
 * traffic. Lead ingest stops the second lead service instance it starts, so event latency runs on one.
 */
const onPlatform: Partial<
  Record<
    BenchmarkName,
    (p: BenchPlatform, o: BenchOptions, say: (l: string) => void) => Promise<unknown>
  >
> = {
  'at-rest': atRestBenchmark,
  gateways: gatewaysBenchmark,
  'sql-statements': sqlStatementsBenchmark,
  'lead-ingest': leadIngestBenchmark,
  'event-latency': eventLatencyBenchmark,
};
const standalone: Partial<
  Record<BenchmarkName, (o: BenchOptions, say: (l: string) => void) => Promise<unknown>>
> = {
  messaging: messagingBenchmark,
};

export interface BenchResult<T = unknown> {
  name: BenchmarkName;
  reduced: boolean;
  machine: MachineInfo;
  options: BenchOptions;
  /**
   * The host's speed just before this benchmark (the run's start, the end of the benchmark before it, or the end of
   * this one's last attempt set aside) and right after it: absent in results written before they were measured.
   */
  hostSpeedAround?: HostSpeedAround;
  /**
   * Earlier attempts at this benchmark in the same run, set aside because the host's speed moved under them
   * (BenchOptions.rerunsWhenHostMoved), oldest first: their host speeds, not their figures. Absent when none was.
   */
  setAside?: HostSpeedAround[];
  /**
   * How often the host's speed was sampled while the benchmark ran (`hostSpeedAround.during`): absent in results
   * written before it was recorded, which sampled every 10 s.
   */
  hostSpeedSampleIntervalMs?: number;
  figures: T;
}

/**
 * Repeats of each piece of host-speed work after a benchmark: as many as at the run's start, so that the medians
 * compare; one in a reduced run, whose figures mean nothing (about half a second instead of three).
 */
function hostSpeedRepeats(options: BenchOptions): number | undefined {
  return options.reduced ? 1 : undefined;
}

/**
 * Runs the named benchmarks and writes each one's `<resultsDir>/<name>.json`
 * as soon as it is done. The platform, when one needs it, is stopped and its
 * databases dropped whatever happens.
 */
export async function runBenchmarks(o: {
  names: readonly BenchmarkName[];
  options: BenchOptions;
  resultsDir: string;
  repoRoot: string;
  say: (line: string) => void;
}): Promise<Array<BenchResult>> {
  const unknown = o.names.filter((name) => !benchmarkNames.includes(name));
  if (unknown.length > 0)
    throw new Error(
      `no benchmark named ${unknown.join(', ')}; there are: ${benchmarkNames.join(', ')}`,
    );
  mkdirSync(o.resultsDir, { recursive: true });
  // Killed mid-run, even mid-start (Ctrl-C, a test's timeout): the platform's processes are in process
  // groups of their own and would outlive us, so stop them first, then put PostgreSQL's settings back.
  let stopStarted: () => Promise<void> = async () => undefined;
  let putBack: () => Promise<void> = async () => undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    o.say(`==> ${signal}: stopping the platform`);
    // The settings are put back even when the platform did not stop cleanly.
    void stopStarted()
      .catch(() => undefined)
      .then(() => putBack())
      .finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    if (o.options.postgresDurable ?? true) {
      o.say('==> PostgreSQL durable for the run (fsync, synchronous commit, full-page writes on)');
      putBack = await makePostgresDurable();
    }
    return await runWithin(o, (stop) => (stopStarted = stop));
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await putBack();
  }
}

/** runBenchmarks' work, on a server as durable as asked; `onStarted` is told how to stop the platform. */
async function runWithin(
  o: Parameters<typeof runBenchmarks>[0],
  onStarted: (stop: () => Promise<void>) => void,
): Promise<Array<BenchResult>> {
  const machine = await machineInfo(o.repoRoot);
  o.say(`==> ${hostSpeedLevelSentence(machine.cpu, machine.hostSpeed!)}`);
  const results: BenchResult[] = [];
  let lastHostSpeed = machine.hostSpeed!;
  const speedNow = () => hostSpeedNow(hostSpeedRepeats(o.options));
  const waitMs = (o.options.waitForUsualSpeedMinutes ?? 0) * 60_000;
  // Every second in a reduced run, whose benchmarks take seconds: the sampling is exercised, not trusted.
  const sampleIntervalMs = o.options.reduced ? 1_000 : hostSpeedSampleIntervalMs;
  // Runs one benchmark (again while the host moved under it and re-runs are left) and writes its result.
  const measure = async (name: BenchmarkName, run: () => Promise<unknown>) => {
    const kept = await untilTheHostHeld({
      run,
      speedNow,
      speedBefore: lastHostSpeed,
      reruns: o.options.rerunsWhenHostMoved ?? 0,
      watch: () => watchHostSpeed({ intervalMs: sampleIntervalMs }),
      settle: (speed) =>
        untilAtItsUsualSpeed({ cpu: machine.cpu, speed, speedNow, waitMs, say: o.say }),
      say: o.say,
    });
    lastHostSpeed = kept.around.after;
    const result: BenchResult = {
      name,
      reduced: o.options.reduced,
      machine,
      options: o.options,
      hostSpeedAround: kept.around,
      ...(kept.setAside.length > 0 ? { setAside: kept.setAside } : {}),
      hostSpeedSampleIntervalMs: sampleIntervalMs,
      figures: kept.figures,
    };
    writeFileSync(join(o.resultsDir, `${name}.json`), `${JSON.stringify(result, null, 2)}\n`);
    results.push(result);
    o.say(`    results: ${join(o.resultsDir, `${name}.json`)}`);
  };
  const platformNames = benchmarkNames.filter((name) => o.names.includes(name) && onPlatform[name]);
  if (platformNames.length > 0) {
    o.say('==> Starting the platform (fresh databases, demo seeds)');
    const platform = await startBenchPlatform(o.say, onStarted);
    try {
      for (const name of platformNames) {
        o.say(`==> Benchmark: ${name}`);
        await measure(name, () => onPlatform[name]!(platform, o.options, o.say));
      }
    } finally {
      onStarted(async () => undefined);
      o.say('==> Stopping the platform');
      await platform.stop();
    }
  }
  for (const name of benchmarkNames.filter((n) => o.names.includes(n) && standalone[n])) {
    o.say(`==> Benchmark: ${name}`);
    await measure(name, () => standalone[name]!(o.options, o.say));
  }
  return results;
}
