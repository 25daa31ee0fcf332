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
}

export function benchOptions(env: NodeJS.ProcessEnv = process.env): BenchOptions {
  const reduced = env.BENCH_REDUCED === '1' || env.BENCH_REDUCED === 'true';
  const number = (name: string, full: number, small: number) => {
    const given = env[name];
    return given === undefined || given === '' ? (reduced ? small : full) : Number(given);
  };
  return {
    reduced,
    workers: number('BENCH_WORKERS', 8, 4),
    warmupSeconds: number('BENCH_WARMUP_SECONDS', 5, 1),
    measureSeconds: number('BENCH_SECONDS', 20, 2),
    rounds: number('BENCH_ROUNDS', 4, 2),
    restSeconds: number('BENCH_REST_SECONDS', 60, 3),
  };
}
