/** `candidate`: another build of our gateway, when BENCH_CANDIDATE_GATEWAY names one (candidate-gateway.ts). */
export const SIDES = ['salesgraph', 'candidate', 'hive-gateway', 'hive-router', 'direct'] as const;

export type Side = (typeof SIDES)[number];

/** The gateways benchmark's queries (gateways.benchmark.ts), the names BENCH_QUERIES takes. */
export const GATEWAY_QUERIES = ['leadList', 'keyAccount'] as const;

export type GatewayQuery = (typeof GATEWAY_QUERIES)[number];

/**
 * The names a comma-separated knob gives, once each, in its order; undefined when it gives none
 * (unset or blank: every one). A name not in `known` fails the run before anything starts, rather
 * than measuring less than asked for after minutes of setting up.
 */
function namesGiven<T extends string>(
  env: NodeJS.ProcessEnv,
  variable: string,
  known: readonly T[],
  what: { one: string; many: string },
): T[] | undefined {
  const names = (env[variable] ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  if (names.length === 0) return undefined;
  const unknown = names.filter((name) => !(known as readonly string[]).includes(name));
  if (unknown.length > 0)
    throw new Error(
      `${variable}=${env[variable]}: no ${what.one} named ${unknown.join(', ')}; the ${what.many} are ${known.join(', ')}`,
    );
  return [...new Set(names as T[])];
}

/**
 * BENCH_SIDES (comma-separated, e.g. `salesgraph,candidate`) runs only those sides, in the order
 * given: for profiling one side, a quick check or a change tried against the code as it is. A
 * comparison for BENCHMARKS.md runs them all (undefined: the variable unset or empty).
 */
export function sidesGiven(env: NodeJS.ProcessEnv): Side[] | undefined {
  return namesGiven(env, 'BENCH_SIDES', SIDES, { one: 'side', many: 'sides' });
}

/**
 * BENCH_QUERIES (comma-separated, e.g. `leadList`) measures only those queries: half the run for
 * a question about one of them, or a side that answers only one (bench/profiling/bare-proxy.cjs).
 * A run for BENCHMARKS.md measures both (undefined).
 */
export function queriesGiven(env: NodeJS.ProcessEnv): GatewayQuery[] | undefined {
  return namesGiven(env, 'BENCH_QUERIES', GATEWAY_QUERIES, {
    one: 'query',
    many: 'queries',
  });
}

/** `targets` in the order BENCH_SIDES gave (`given`), only those; all of them when it gave none. */
export function inRunOrder<T extends { side: Side }>(targets: T[], given: Side[] | undefined): T[] {
  if (!given) return targets;
  return targets
    .filter(({ side }) => given.includes(side))
    .sort((a, b) => given.indexOf(a.side) - given.indexOf(b.side));
}
