import type { DemoUserHandle } from '@salesgraph/identity';
import type { BenchOptions } from '../lib/bench-options';
import { keyAccountQuery, queryBody, type QuerySource } from '../lib/graphql-files';
import { runLoad, send, type LoadFigures, type LoadTarget } from '../lib/load-generator';
import { round } from '../lib/percentile';
import { cpuMillisOf, memoryMiB } from '../lib/proc-stats';
import type { BenchPlatform } from '../platform/bench-platform';
import { startPeerGateways } from '../platform/peer-gateways';
import { Agent } from 'node:http';

export type Side = 'salesgraph' | 'hive-gateway' | 'hive-router' | 'direct';

export interface SideFigures extends LoadFigures {
  /** CPU of every platform process (services, order administration, this side's gateway) per answered request. */
  cpuMsPerRequest: number;
  /** The gateway process' resident memory after its run, and its peak (VmHWM); absent for the direct side. */
  gatewayRssMiB?: number;
  gatewayPeakRssMiB?: number;
}

export interface GatewaysResult {
  queries: Record<
    string,
    { description: string; user: DemoUserHandle; sides: Partial<Record<Side, SideFigures>> }
  >;
}

interface QuerySpec {
  name: string;
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

/** Processes that do work for every request whichever gateway is in front: the subgraphs and order administration. */
function backendPids(platform: BenchPlatform): number[] {
  const {
    gateway: _ours,
    'hive-gateway': _hive,
    'hive-router': _router,
    ...rest
  } = platform.pids();
  return Object.values(rest);
}

/**
 * Benchmarks 1 to 3 of issue 17: our gateway, Hive Gateway and Hive Gateway
 * with the router runtime, one after the other in the same run against the
 * same subgraphs and data, and the lead subgraph called directly; throughput,
 * latency, the gateway's memory and the CPU every process spent per request.
 */
export async function gatewaysBenchmark(
  platform: BenchPlatform,
  options: BenchOptions,
  say: (line: string) => void,
): Promise<GatewaysResult> {
  const peers = await startPeerGateways(platform, say);
  const gateways: Array<{ side: Side; url: string; process: string }> = [
    { side: 'salesgraph', url: platform.gatewayUrl, process: 'gateway' },
    { side: 'hive-gateway', url: peers.hiveGatewayUrl, process: 'hive-gateway' },
    { side: 'hive-router', url: peers.hiveRouterUrl, process: 'hive-router' },
  ];
  const result: GatewaysResult = { queries: {} };
  for (const query of queries) {
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
    for (const { side, processName, target } of targets.filter(({ side }) => wanted(side))) {
      const load = await target();
      await assertAnswers(side, query.name, load);
      say(
        `    ${query.name} via ${side}: warming up ${options.warmupSeconds} s, measuring ${options.measureSeconds} s`,
      );
      await runLoad(load, { workers: options.workers, seconds: options.warmupSeconds });
      const pids = [
        ...backendPids(platform),
        ...(processName ? [platform.pids()[processName]] : []),
      ];
      const cpuBefore = cpuMillisOf(pids);
      const figures = await runLoad(load, {
        workers: options.workers,
        seconds: options.measureSeconds,
      });
      const cpu = cpuMillisOf(pids) - cpuBefore;
      const memory = processName ? memoryMiB(platform.pids()[processName]) : undefined;
      sides[side] = {
        ...figures,
        cpuMsPerRequest: round(cpu / Math.max(1, figures.requests), 2),
        ...(memory
          ? { gatewayRssMiB: round(memory.rss), gatewayPeakRssMiB: round(memory.peak) }
          : {}),
      };
    }
    result.queries[query.name] = { description: query.description, user: query.user, sides };
  }
  return result;
}

/**
 * BENCH_SIDES (comma-separated, e.g. `salesgraph`) runs only those sides: for profiling one side
 * or a quick check. A comparison for BENCHMARKS.md runs them all.
 */
function wanted(side: Side): boolean {
  const given = process.env.BENCH_SIDES;
  return (
    !given ||
    given
      .split(',')
      .map((s) => s.trim())
      .includes(side)
  );
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
