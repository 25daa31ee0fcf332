import type { DemoUserHandle } from '@salesgraph/identity';
import type { BenchOptions } from '../lib/bench-options';
import { keyAccountQuery, queryBody, type QuerySource } from '../lib/graphql-files';
import {
  loadFigures,
  runLoad,
  runLoadWindow,
  send,
  type LoadFigures,
  type LoadRun,
  type LoadTarget,
} from '../lib/load-generator';
import { round } from '../lib/figures';
import {
  cpuReadings,
  cpuSpent,
  platformCpuSources,
  totalMs,
  type CpuSource,
} from '../lib/platform-cpu';
import { memoryMiB } from '../lib/proc-stats';
import type { BenchPlatform } from '../platform/bench-platform';
import {
  CANDIDATE_PROCESS,
  candidateGatewayScript,
  startCandidateGateway,
} from '../platform/candidate-gateway';
import { startPeerGateways } from '../platform/peer-gateways';
import { Agent } from 'node:http';
import { inRunOrder, type GatewayQuery, type Side } from '../lib/gateway-sides';

export type { Side } from '../lib/gateway-sides';

export interface SideFigures extends LoadFigures {
  /**
   * CPU of every platform process per answered request: the services, order administration, this
   * side's gateway, PostgreSQL (with its backends) and the Kafka broker.
   */
  cpuMsPerRequest: number;
  /** The same, process by process (`postgresql` and `kafka` only when they run on this machine). */
  cpuMsPerRequestByProcess: Record<string, number>;
  /** The gateway process' resident memory after its run, and its peak (VmHWM); absent for the direct side. */
  gatewayRssMiB?: number;
  gatewayPeakRssMiB?: number;
  /** Requests per second in each round (BenchOptions.rounds), in the order they were measured. */
  roundsRequestsPerSecond: number[];
}

export interface GatewaysResult {
  queries: Record<
    string,
    { description: string; user: DemoUserHandle; sides: Partial<Record<Side, SideFigures>> }
  >;
}

interface QuerySpec {
  name: GatewayQuery;
  description: string;
  source: QuerySource;
  variables?: Record<string, unknown>;
  user: DemoUserHandle;
  /** The subgraph that answers it alone, for the direct side; undefined when it spans subgraphs. */
  direct?: 'lead';
}

const queries: QuerySpec[] = [
  {
    name: 'leadList',
    description: 'leads(limit: 20) as a rep: one subgraph',
    source: { file: 'lead-list.graphql' },
    user: 'rep',
    direct: 'lead',
  },
  {
    name: 'keyAccount',
    description: "the workbench's key-account query as an account manager: every subgraph",
    ...keyAccountQuery,
    user: 'accountManager',
  },
];

/**
 * What does work for every request whichever gateway is in front: the subgraphs, order
 * administration, PostgreSQL and Kafka.
 */
function backendSources(platform: BenchPlatform): Record<string, CpuSource> {
  const {
    gateway: _ours,
    [CANDIDATE_PROCESS]: _candidate,
    'hive-gateway': _hive,
    'hive-router': _router,
    ...rest
  } = platform.pids();
  return platformCpuSources(rest);
}

/**
 * Benchmarks 1 to 3 of issue 17: our gateway, Hive Gateway and Hive Gateway
 * with the router runtime, one after the other in the same run against the
 * same subgraphs and data, and the lead subgraph called directly; throughput,
 * latency, the gateway's memory and the CPU every process spent per request. With
 * BENCH_CANDIDATE_GATEWAY, another build of ours beside them (candidate-gateway.ts).
 */
export async function gatewaysBenchmark(
  platform: BenchPlatform,
  options: BenchOptions,
  say: (line: string) => void,
): Promise<GatewaysResult> {
  const candidateScript = candidateGatewayScript(process.env, platform.repoRoot);
  const given = options.sides;
  const wanted = (side: Side) => !given || given.includes(side);
  if (given?.includes('candidate') && !candidateScript)
    throw new Error(
      'BENCH_SIDES names the side candidate: set BENCH_CANDIDATE_GATEWAY to the build to measure',
    );
  const candidate =
    candidateScript && wanted('candidate')
      ? await startCandidateGateway(platform, candidateScript, say)
      : undefined;
  try {
    // Not started for a run without them (BENCH_SIDES): two idle peers of 400 MiB each.
    const peers =
      wanted('hive-gateway') || wanted('hive-router')
        ? await startPeerGateways(platform, say)
        : undefined;
    try {
      return await measureGateways(platform, options, say, {
        candidateUrl: candidate?.url,
        hiveGatewayUrl: peers?.hiveGatewayUrl,
        hiveRouterUrl: peers?.hiveRouterUrl,
      });
    } finally {
      await peers?.stop();
    }
  } finally {
    await candidate?.stop();
  }
}

async function measureGateways(
  platform: BenchPlatform,
  options: BenchOptions,
  say: (line: string) => void,
  others: { candidateUrl?: string; hiveGatewayUrl?: string; hiveRouterUrl?: string },
): Promise<GatewaysResult> {
  // Read once: finding PostgreSQL and Kafka walks every process' descriptors.
  const backend = backendSources(platform);
  type Gateway = { side: Side; url: string; process: string };
  const gateways = [
    { side: 'salesgraph', url: platform.gatewayUrl, process: 'gateway' },
    { side: 'candidate', url: others.candidateUrl, process: CANDIDATE_PROCESS },
    { side: 'hive-gateway', url: others.hiveGatewayUrl, process: 'hive-gateway' },
    { side: 'hive-router', url: others.hiveRouterUrl, process: 'hive-router' },
  ].filter((g): g is Gateway => g.url !== undefined);
  const result: GatewaysResult = { queries: {} };
  for (const query of queries.filter(({ name }) => options.queries?.includes(name) ?? true)) {
    const body = queryBody(query.source, query.variables);
    const clientToken = await platform.clientToken(query.user);
    const sides: Partial<Record<Side, SideFigures>> = {};
    const targets: Array<{ side: Side; processName?: string; target: () => Promise<LoadTarget> }> =
      gateways.map((g) => ({
        side: g.side,
        processName: g.process,
        target: async () => ({
          url: g.url,
          headers: { authorization: `Bearer ${clientToken}` },
          body,
        }),
      }));
    if (query.direct) {
      const subgraph = query.direct;
      targets.push({
        side: 'direct',
        // Signed afresh for each run: internal tokens live a minute.
        target: async () => ({
          url: platform.serviceUrls[subgraph],
          headers: {
            'x-salesgraph-internal-token': await platform.internalToken(query.user, subgraph),
          },
          body,
        }),
      });
    }
    // Each side is measured in rounds, every other one in the mirrored order (A B C, C B A, …):
    // the subgraphs behind the first side measured were cooler (the side run first read a third more
    // CPU per request in the subgraphs, whichever gateway it was), and the machine drifts.
    const order = inRunOrder(targets, options.sides);
    // Before any side is measured, every side runs the query once for a warm-up: the first
    // requests of a query find the subgraphs' code for it cold (not yet optimised by V8), and
    // the mirrored halves did not cancel that. The side measured first paid it in its first half,
    // and its subgraphs read 20 to 40 % more CPU per request than behind the others, whichever
    // gateway it was (bench/journal.md).
    for (const { side, target } of order) {
      const load = await target();
      await assertAnswers(side, query.name, load);
      say(`    ${query.name} via ${side}: warming the platform up, ${2 * options.warmupSeconds} s`);
      await runLoad(load, { workers: options.workers, seconds: 2 * options.warmupSeconds });
    }
    const windows = new Map<Side, { runs: LoadRun[]; cpu: Record<string, number> }>();
    const rounds = Array.from({ length: options.rounds }, (_, turn) =>
      turn % 2 === 0 ? order : [...order].reverse(),
    );
    for (const [turn, sidesInTurn] of rounds.entries())
      for (const { side, processName, target } of sidesInTurn) {
        const load = await target();
        say(
          `    ${query.name} via ${side} (round ${turn + 1} of ${options.rounds}): warming up ${options.warmupSeconds} s, measuring ${options.measureSeconds / options.rounds} s`,
        );
        await runLoad(load, { workers: options.workers, seconds: options.warmupSeconds });
        // A gateway's CPU with its children's: of a side that forks workers (a candidate run as a
        // cluster), the process started is a primary that only hands out connections, and alone it
        // read 0 (bench/journal.md).
        const sources: Record<string, CpuSource> = {
          ...backend,
          ...(processName
            ? { [processName]: { pid: platform.pids()[processName], withDescendants: true } }
            : {}),
        };
        const cpuBefore = cpuReadings(sources);
        const run = await runLoadWindow(load, {
          workers: options.workers,
          seconds: options.measureSeconds / options.rounds,
        });
        const spent = cpuSpent(cpuBefore, cpuReadings(sources));
        const measured = windows.get(side) ?? { runs: [], cpu: {} };
        measured.runs.push(run);
        for (const [name, ms] of Object.entries(spent))
          measured.cpu[name] = (measured.cpu[name] ?? 0) + ms;
        windows.set(side, measured);
      }
    for (const { side, processName } of order) {
      const { runs, cpu } = windows.get(side)!;
      const figures = loadFigures(runs);
      const perRequest = (ms: number) => round(ms / Math.max(1, figures.requests), 2);
      // The process itself: of a side that forks workers, its primary's alone (the workers'
      // resident sets share pages, so their sum would overstate it).
      const memory = processName ? memoryMiB(platform.pids()[processName]) : undefined;
      sides[side] = {
        ...figures,
        cpuMsPerRequest: perRequest(totalMs(cpu)),
        cpuMsPerRequestByProcess: Object.fromEntries(
          Object.entries(cpu).map(([name, ms]) => [name, perRequest(ms)]),
        ),
        ...(memory
          ? { gatewayRssMiB: round(memory.rss), gatewayPeakRssMiB: round(memory.peak) }
          : {}),
        roundsRequestsPerSecond: runs.map((run) => loadFigures([run]).requestsPerSecond),
      };
    }
    result.queries[query.name] = { description: query.description, user: query.user, sides };
  }
  return result;
}

/** One request first: a side that answers errors (a missing header, a planner that refuses) is a failed run, not a fast one. */
async function assertAnswers(side: Side, query: string, target: LoadTarget): Promise<void> {
  const agent = new Agent();
  try {
    const answer = await send(agent, target);
    const parsed = JSON.parse(answer.body) as {
      data?: Record<string, unknown> | null;
      errors?: unknown[];
    };
    const data = parsed.data ? Object.values(parsed.data)[0] : undefined;
    if (
      answer.status !== 200 ||
      parsed.errors ||
      data === null ||
      data === undefined ||
      (Array.isArray(data) && data.length === 0)
    )
      throw new Error(
        `${query} via ${side} did not answer with data: ${answer.status} ${answer.body.slice(0, 500)}`,
      );
  } finally {
    agent.destroy();
  }
}
