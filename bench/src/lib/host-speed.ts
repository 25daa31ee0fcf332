import { performance } from 'node:perf_hooks';
import type { Client } from 'pg';
import { percentile, round } from './figures';

/**
 * How fast the host ran two fixed pieces of work as a run started: lower is
 * faster. The machine kind is the same from session to session, the host under
 * it is not: the same code has read a third more CPU a request or a lead on one
 * day than on another, and the COPY bound (PostgreSQL alone) moved with it.
 * Comparing these first tells a slower host from slower code.
 */
export interface HostSpeed {
  /** One thread of JavaScript running a loop of `loopSteps`, in ms: the median of `repeats`. */
  javascriptMs: number;
  loopSteps: number;
  /** PostgreSQL counting `seriesRows` generated rows in one backend, in ms: the median of `repeats`. */
  postgresqlMs: number;
  seriesRows: number;
  repeats: number;
}

/** Steps of the JavaScript loop (about 150 ms on the 2-core machine kind). */
const loopSteps = 100_000_000;
/** Rows PostgreSQL counts (about 200 ms there). */
const seriesRows = 2_000_000;

/** A loop V8 cannot fold away: its result is returned and depends on every step. */
function fixedLoop(steps: number): number {
  let x = 0;
  for (let i = 0; i < steps; i++) x = (x + (i % 7)) | 0;
  return x;
}

async function medianMs(repeats: number, work: () => unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return round(
    percentile(
      times.sort((a, b) => a - b),
      50,
    ),
  );
}

/** Both measurements, on `client` (a connection of its own: it is given a session setting). */
export async function measureHostSpeed(client: Client, repeats = 5): Promise<HostSpeed> {
  // One backend whatever the planner thinks of the series: the figure is one core's speed.
  await client.query('SET max_parallel_workers_per_gather = 0');
  fixedLoop(loopSteps / 10); // compiled before it is timed
  const javascriptMs = await medianMs(repeats, () => fixedLoop(loopSteps));
  const postgresqlMs = await medianMs(repeats, () =>
    client.query('SELECT count(*) FROM generate_series(1, $1::int)', [seriesRows]),
  );
  return { javascriptMs, loopSteps, postgresqlMs, seriesRows, repeats };
}
