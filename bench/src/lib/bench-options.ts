import { queriesGiven, sidesGiven, type GatewayQuery, type Side } from './gateway-sides';

/**
 * How long and how hard a run is. The reduced mode (BENCH_REDUCED=1) takes
 * seconds: it is part of `npm test`, so that the harness cannot rot, and its
 * figures mean nothing. Every side of a comparison gets the same values.
 */
export interface BenchOptions {
  reduced: boolean;
  /** Concurrent request loops against every side. */
  workers: number;
  warmupSeconds: number;
  measureSeconds: number;
  /**
   * The windows each side's measured time is split into, taken in turns with the other sides',
   * every other round in the mirrored order (A B C, C B A, A B C, …): a drift of the shared machine
   * falls on every side alike, and the rounds' spread shows how far one run's ratio can be trusted.
   */
  rounds: number;
  /** How long the idle platform is watched for its cost at rest. */
  restSeconds: number;
  /**
   * How often event latency polls for stored leads (BENCH_LATENCY_POLL_MS, 5 by default): the
   * resolution of its latencies. The polls are the benchmark's work, on the same cores as the
   * platform's. Absent in results written before it was a knob (5 ms then).
   */
  latencyPollMs?: number;
  /**
   * How many times a benchmark the host's speed moved under is run again (BENCH_RERUNS_WHEN_HOST_MOVED;
   * 1 by default, 0 in a reduced run): its figures say more of the host than of the code. The
   * attempts set aside are kept in the result as their host speeds. Absent in results written before
   * it was a knob (never run again then).
   */
  rerunsWhenHostMoved?: number;
  /**
   * How long each attempt at a benchmark may wait for the host to be back at its usual speed for its CPU
   * (BENCH_WAIT_FOR_USUAL_SPEED_MINUTES; 0 by default, and in a reduced run: no wait). Absent in results written
   * before it was a knob.
   */
  waitForUsualSpeedMinutes?: number;
  /**
   * Whether the run makes PostgreSQL durable first (BENCH_POSTGRES_DURABLE; 1 by default, in a reduced run
   * too): fsync, synchronous commit and full-page writes on, as production runs it, where the dev cluster
   * turns them off for the tests' sake; put back as they were when the run ends (postgres-durability.ts).
   * 0 measures the server as it is. Absent in results written before it was a knob: every one of them ran on
   * the dev cluster with the three off.
   */
  postgresDurable?: boolean;
  /** The gateways benchmark's sides, in the order to run them (BENCH_SIDES); every side when unset. */
  sides?: Side[];
  /** The gateways benchmark's queries to measure (BENCH_QUERIES); both when unset. */
  queries?: GatewayQuery[];
}

/**
 * Read once, before anything starts: a knob given a value it cannot take (`BENCH_SECONDS=2s`,
 * `BENCH_ROUNDS=0`, a side misspelt) fails the run here, naming the knob, rather than after the
 * platform's minutes of setting up or not at all (`Number('2s')` is NaN, which no comparison
 * refuses).
 */
export function benchOptions(env: NodeJS.ProcessEnv = process.env): BenchOptions {
  const reduced = env.BENCH_REDUCED === '1' || env.BENCH_REDUCED === 'true';
  const number = (
    name: string,
    full: number,
    small: number,
    valid: (n: number) => boolean,
    what: string,
  ) => {
    const given = env[name];
    if (given === undefined || given.trim() === '') return reduced ? small : full;
    const value = Number(given);
    if (!valid(value)) throw new Error(`${name}=${given}: expected ${what}`);
    return value;
  };
  const count = (name: string, full: number, small: number) =>
    number(name, full, small, (n) => Number.isInteger(n) && n >= 1, 'a whole number from 1');
  const seconds = (name: string, full: number, small: number) =>
    number(name, full, small, (n) => Number.isFinite(n) && n > 0, 'seconds, more than 0');
  const flag = (name: string, byDefault: boolean) => {
    const given = env[name]?.trim();
    if (given === undefined || given === '') return byDefault;
    if (given === '1' || given === 'true') return true;
    if (given === '0' || given === 'false') return false;
    throw new Error(`${name}=${given}: expected 1 or 0`);
  };
  const sides = sidesGiven(env);
  const queries = queriesGiven(env);
  return {
    reduced,
    workers: count('BENCH_WORKERS', 8, 4),
    // No warm-up is a run one may ask for; no measuring is not.
    warmupSeconds: number(
      'BENCH_WARMUP_SECONDS',
      5,
      1,
      (n) => Number.isFinite(n) && n >= 0,
      'seconds, 0 or more',
    ),
    measureSeconds: seconds('BENCH_SECONDS', 20, 2),
    rounds: count('BENCH_ROUNDS', 4, 2),
    restSeconds: seconds('BENCH_REST_SECONDS', 60, 3),
    latencyPollMs: number(
      'BENCH_LATENCY_POLL_MS',
      5,
      5,
      (n) => Number.isInteger(n) && n >= 1 && n <= 1_000,
      'whole milliseconds from 1 to 1000',
    ),
    rerunsWhenHostMoved: number(
      'BENCH_RERUNS_WHEN_HOST_MOVED',
      1,
      0,
      (n) => Number.isInteger(n) && n >= 0 && n <= 3,
      'a whole number from 0 to 3',
    ),
    waitForUsualSpeedMinutes: number(
      'BENCH_WAIT_FOR_USUAL_SPEED_MINUTES',
      0,
      0,
      (n) => Number.isFinite(n) && n >= 0 && n <= 240,
      'minutes from 0 to 240',
    ),
    postgresDurable: flag('BENCH_POSTGRES_DURABLE', true),
    ...(sides ? { sides } : {}),
    ...(queries ? { queries } : {}),
  };
}
