import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { Client } from 'pg';
import { percentile, round, sum } from './figures';

/**
 * How fast the host ran three fixed pieces of work as a run started: lower is
 * faster. The machine kind is the same from session to session, the host under
 * it is not. Its CPU has read "Intel(R) Xeon(R) Processor" on some days and
 * "AMD EPYC" on others, the latter with the kernel isolating page tables
 * (Meltdown's mitigation, which makes every system call and switch between
 * processes dearer): there the same code spent half as much CPU again on a
 * lead and a third more on a key-account request, while a loop that makes no
 * system call ran as fast. The platform's work is mostly round trips between
 * processes, so the round trip is the figure to compare first; the loop and
 * the count tell a slower CPU from a dearer kernel.
 */
export interface HostSpeed {
  /** One thread of JavaScript running a loop of `loopSteps`, in ms: the median of `repeats`. */
  javascriptMs: number;
  loopSteps: number;
  /** PostgreSQL counting `seriesRows` generated rows in one backend, in ms: the median of `repeats`. */
  postgresqlMs: number;
  seriesRows: number;
  /**
   * One `SELECT 1` to PostgreSQL and its answer over loopback TCP, in µs: the
   * median of `repeats` runs of `roundTrips`, after as many again untimed.
   */
  roundTripUs: number;
  roundTrips: number;
  repeats: number;
  /** What the kernel says of Meltdown (`/sys/devices/system/cpu/vulnerabilities/meltdown`), if it says. */
  meltdown?: string;
}

/** Steps of the JavaScript loop (about 120 ms on the 2-core machine kind). */
const loopSteps = 100_000_000;
/** Rows PostgreSQL counts (about 190 ms there). */
const seriesRows = 2_000_000;
/** Round trips a run (about 50 ms there, once the connection's first thousands have passed). */
const roundTrips = 1_000;

/** A loop V8 cannot fold away: its result is returned and depends on every step. */
function fixedLoop(steps: number): number {
  let x = 0;
  for (let i = 0; i < steps; i++) x = (x + (i % 7)) | 0;
  return x;
}

async function roundTripsOn(client: Client, count: number): Promise<void> {
  for (let i = 0; i < count; i++) await client.query('SELECT 1');
}

/** The median of `repeats` timings of `work`, in ms, unrounded. */
async function medianMs(repeats: number, work: () => unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return percentile(
    times.sort((a, b) => a - b),
    50,
  );
}

function meltdownMitigation(): string | undefined {
  try {
    return readFileSync('/sys/devices/system/cpu/vulnerabilities/meltdown', 'utf8').trim();
  } catch {
    return undefined;
  }
}

/** All three, on `client` (a connection of its own: it is given a session setting). */
export async function measureHostSpeed(client: Client, repeats = 5): Promise<HostSpeed> {
  // One backend whatever the planner thinks of the series: the figure is one core's speed.
  await client.query('SET max_parallel_workers_per_gather = 0');
  fixedLoop(loopSteps / 10); // compiled before it is timed
  const loopMs = await medianMs(repeats, () => fixedLoop(loopSteps));
  const seriesMs = await medianMs(repeats, () =>
    client.query('SELECT count(*) FROM generate_series(1, $1::int)', [seriesRows]),
  );
  // A new connection's first few thousand round trips ran up to three times as long (148 µs a trip, then 50).
  await roundTripsOn(client, roundTrips * repeats);
  const tripsMs = await medianMs(repeats, () => roundTripsOn(client, roundTrips));
  return {
    javascriptMs: round(loopMs),
    loopSteps,
    postgresqlMs: round(seriesMs),
    seriesRows,
    roundTripUs: round((tripsMs * 1000) / roundTrips),
    roundTrips,
    repeats,
    meltdown: meltdownMitigation(),
  };
}

/**
 * How far each of the three moved between two measurements (after over before,
 * 1 when unchanged) and whether the host held its speed in between. Within the
 * session that wrote this, the host went from a loop of 160 ms to 293 ms and
 * back, unannounced (no steal time in /proc/stat), and a paced event-latency
 * p99 from 150 ms to 3.6 s with it: a figure measured across such a change says
 * more of the host than of the code, so every benchmark is bracketed by two
 * measurements and a moved host is named beside its figures.
 */
export interface HostSpeedChange {
  javascript: number;
  postgresql: number;
  roundTrip: number;
  /** The loop's and the count's ratios within `hostSpeedLimit` either way (the round trip is not judged). */
  steady: boolean;
}

/**
 * How far the loop and the count may move while the host counts as steady: between quiet runs minutes apart they
 * moved by under a tenth (160 to 171 ms, 230 to 246 ms); on the slowed host the loop took 1.8 times as long and the
 * count 2.1 times. The round trip is shown, not judged: it needs two processes to take turns, so anything else
 * running moves it (a run started while the one before was still dropping its databases read 72 µs, then 42 with
 * the loop and the count unchanged), where the loop and the count each have a core to themselves.
 */
export const hostSpeedLimit = 1.25;

/** Whether a ratio of two timings is within `hostSpeedLimit` either way (a host that sped up also moved). */
export function withinHostSpeedLimit(ratio: number): boolean {
  return ratio <= hostSpeedLimit && ratio >= 1 / hostSpeedLimit;
}

/**
 * The share of its speed the host gave a benchmark, from the loop's CPU times sampled while it ran (watchHostSpeed): the
 * mean over the samples of `referenceMs` over the sample, to two decimals (1 when it held its speed throughout), or
 * undefined without a sample. A benchmark's figures move with how much of its speed the host gave in all, not with how
 * often one short loop read slow: on 2026-12-07, with nothing else running, 13 of 89 loops a second apart read over a
 * quarter slower than the usual 162 ms (up to 359.6) while the host gave 0.92 of its speed over the minute and a half.
 * Slower only: a sample faster than the reference counts as 1. A sample is one short loop, timed in CPU time on a busy
 * machine, and the fastest read 130 to 140 ms in minutes the medians at the ends read 165 to 170 (a core left to itself
 * for a moment runs faster); a host that slowed is what makes a benchmark's figures say more of the host than of the
 * code.
 */
export function speedThroughout(
  samples: readonly number[],
  referenceMs: number,
): number | undefined {
  if (samples.length === 0) return undefined;
  const shares = samples.map((sample) => Math.min(1, referenceMs / sample));
  return round(sum(shares) / shares.length, 2);
}

/** The least share of its speed (speedThroughout) a host may give a benchmark and still count as holding it. */
export const leastHeldShare = 1 / hostSpeedLimit;

/** Whether a share of its speed (speedThroughout) counts as the host holding it; no share, no samples to judge. */
export function shareHeld(share: number | undefined): boolean {
  return share === undefined || share >= leastHeldShare;
}

/**
 * Whether the host held its speed through a benchmark by the samples taken in between: it gave at least 1 over
 * `hostSpeedLimit` of the speed of `referenceMs` (speedThroughout), the same limit as a move between its ends.
 */
export function heldThroughout(samples: readonly number[], referenceMs: number): boolean {
  return shareHeld(speedThroughout(samples, referenceMs));
}

/** One timing over another, to two decimals (1 against a timing of nothing). */
export function timingRatio(a: number, b: number): number {
  return b > 0 ? round(a / b, 2) : 1;
}

/** `after` against `before`. */
export function hostSpeedChange(before: HostSpeed, after: HostSpeed): HostSpeedChange {
  const change = {
    javascript: timingRatio(after.javascriptMs, before.javascriptMs),
    postgresql: timingRatio(after.postgresqlMs, before.postgresqlMs),
    roundTrip: timingRatio(after.roundTripUs, before.roundTripUs),
  };
  return {
    ...change,
    steady: withinHostSpeedLimit(change.javascript) && withinHostSpeedLimit(change.postgresql),
  };
}
