/** `candidate`: another build of our gateway, when BENCH_CANDIDATE_GATEWAY names one (candidate-gateway.ts). */
export const SIDES = ['salesgraph', 'candidate', 'hive-gateway', 'hive-router', 'direct'] as const;

export type Side = (typeof SIDES)[number];

const isSide = (name: string): name is Side => (SIDES as readonly string[]).includes(name);

/**
 * BENCH_SIDES (comma-separated, e.g. `salesgraph,candidate`) runs only those sides, in the order
 * given: for profiling one side, a quick check or a change tried against the code as it is. A
 * comparison for BENCHMARKS.md runs them all (undefined: the variable unset or empty). A name
 * that is no side fails the run before anything starts, rather than measuring fewer sides than
 * asked for after minutes of setting up.
 */
export function sidesGiven(env: NodeJS.ProcessEnv): Side[] | undefined {
  const names = (env.BENCH_SIDES ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  if (names.length === 0) return undefined;
  const unknown = names.filter((name) => !isSide(name));
  if (unknown.length > 0)
    throw new Error(
      `BENCH_SIDES=${env.BENCH_SIDES}: no side named ${unknown.join(', ')}; the sides are ${SIDES.join(', ')}`,
    );
  return [...new Set(names as Side[])];
}

/** `targets` in the order BENCH_SIDES gave (`given`), only those; all of them when it gave none. */
export function inRunOrder<T extends { side: Side }>(targets: T[], given: Side[] | undefined): T[] {
  if (!given) return targets;
  return targets
    .filter(({ side }) => given.includes(side))
    .sort((a, b) => given.indexOf(a.side) - given.indexOf(b.side));
}
