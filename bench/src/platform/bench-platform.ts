import { join } from 'node:path';
import {
  DemoUsers,
  createInternalTokenSigner,
  generateInternalKeyPair,
  generateIssuerKeyPair,
  issueDevToken,
  type DemoUserHandle,
} from '@salesgraph/identity';
import {
  createTestDatabase,
  testInfrastructure,
  testTopicPrefix,
  type TestDatabase,
} from '@salesgraph/testing';

/* eslint-disable @typescript-eslint/no-require-imports -- the process stack is plain CommonJS shared with npm start */
const { startThrowawayPlatform, repoRoot } = require('../../../infra/stack/throwaway-platform.cjs');
const { freePorts } = require('../../../infra/stack/process-stack.cjs');
/* eslint-enable @typescript-eslint/no-require-imports */

export type ServiceName = 'lead' | 'account' | 'order' | 'planning' | 'notification';

interface ThrowawayPlatform {
  stack: {
    start(o: {
      name: string;
      script: string;
      env: Record<string, string>;
      readyUrl: string;
      timeoutMs?: number;
    }): Promise<{ pid: number }>;
    stopOne(name: string): Promise<void>;
    pids(): Array<{ name: string; pid: number }>;
  };
  databases: Record<ServiceName, TestDatabase>;
  serviceEnv(name: ServiceName): Record<string, string>;
  gatewayEnv: Record<string, string>;
  urls: {
    gateways: string[];
    services: Record<ServiceName, string>;
    metrics: Record<string, string>;
  };
  stop(): Promise<void>;
}

export interface BenchPlatform {
  repoRoot: string;
  gatewayUrl: string;
  serviceUrls: Record<ServiceName, string>;
  /** Each service's Prometheus endpoint (GET /metrics). */
  metricsUrls: Record<ServiceName, string>;
  databases: Record<ServiceName, TestDatabase>;
  /** The prefix of the platform's topics: its own, so that a benchmark publishes where its services read. */
  topicPrefix: string;
  /** A client token for a demo user, as the identity provider would issue it. */
  clientToken(handle: DemoUserHandle): Promise<string>;
  /** An internal token for a direct call to one subgraph, as the gateway signs it. */
  internalToken(handle: DemoUserHandle, subgraph: ServiceName): Promise<string>;
  /** What a peer gateway needs to do the same work as ours: verify client tokens, sign internal ones. */
  peerEnv: Record<string, string>;
  /** Our gateway's environment, for another build of it (candidate-gateway.ts). */
  gatewayEnv: Record<string, string>;
  /** The platform's processes by name (services, gateway, order-admin, peers once started). */
  pids(): Record<string, number>;
  /** Starts one more process under the same stack (a peer gateway): stopped with the rest. */
  startProcess(o: {
    name: string;
    script: string;
    env: Record<string, string>;
    readyUrl: string;
  }): Promise<number>;
  /**
   * Starts instance `instance` (2 for the second) of a service, on its database and topics, in its consumer
   * groups: the group rebalances before it is ready. Returns its process name (`lead-2`), for `stopProcess`.
   */
  startServiceInstance(name: ServiceName, instance: number): Promise<string>;
  /** Stops one process by name and waits until it has exited. */
  stopProcess(name: string): Promise<void>;
  stop(): Promise<void>;
}

/** The bench's environment variable `name`, when set, as the variable `as` of some of the platform's processes. */
function passedOn(name: string, as: string): Record<string, string> {
  const given = process.env[name];
  return given ? { [as]: given } : {};
}

/**
 * The platform as `npm start` runs it (same start order, the demo seeds), on
 * fresh databases and its own topics, with per-request logging off (warn): a
 * peer gateway logs nothing per request either, and the figures compare
 * gateways, not loggers. Rate limiting is off: the load is one user.
 */
export async function startBenchPlatform(
  say: (line: string) => void,
  /** Given the way to stop what has started so far, before the (minutes long, on a loaded machine) start. */
  onStoppable: (stop: () => Promise<void>) => void = () => undefined,
): Promise<BenchPlatform> {
  const { kafkaBrokers } = testInfrastructure();
  const issuer = {
    url: 'https://id.bench.salesgraph.test',
    audience: 'salesgraph-bench',
    ...(await generateIssuerKeyPair('bench-idp-1')),
  };
  const internalKeys = await generateInternalKeyPair('gateway-bench');
  const signInternal = await createInternalTokenSigner(internalKeys.privateJwk, {
    ttlSeconds: 60,
  });
  const topicPrefix = testTopicPrefix('bench');
  const platform: ThrowawayPlatform = await startThrowawayPlatform({
    label: 'bench',
    createDatabase: createTestDatabase,
    kafkaBrokers: kafkaBrokers.join(','),
    topicPrefix,
    internalKeys,
    issuer,
    logDir: join(repoRoot, 'reports', 'bench-logs'),
    logLevel: process.env.BENCH_LOG_LEVEL ?? 'warn',
    // BENCH_GATEWAY_NODE_OPTIONS / BENCH_SERVICE_NODE_OPTIONS, e.g. `--require
    // <repo>/bench/profiling/cpu-profile.cjs` to profile our gateway or the services.
    extraServiceEnv: {
      ...passedOn('BENCH_SERVICE_NODE_OPTIONS', 'NODE_OPTIONS'),
      // `0` measures every service without its fetch interval (FetchSpacing).
      ...passedOn('BENCH_CONSUMER_MIN_FETCH_INTERVAL_MS', 'KAFKA_CONSUMER_MIN_FETCH_INTERVAL_MS'),
      // The partitions of the topics the services make (3 unless set; deploy/kubernetes sets 6).
      ...passedOn('BENCH_TOPIC_PARTITIONS', 'KAFKA_TOPIC_PARTITIONS'),
    },
    extraGatewayEnv: {
      RATE_LIMIT_ENABLED: 'false',
      ...passedOn('BENCH_GATEWAY_NODE_OPTIONS', 'NODE_OPTIONS'),
      // `false` measures our gateway without its merged subgraph calls.
      ...passedOn('SUBGRAPH_FETCH_BATCHING', 'SUBGRAPH_FETCH_BATCHING'),
    },
    say,
    onStoppable,
  });
  const { stack, databases, serviceEnv, gatewayEnv, urls, stop } = platform;
  const serviceUrls = urls.services;
  const metricsUrls = Object.fromEntries(
    Object.keys(serviceUrls).map((name) => [name, urls.metrics[name]]),
  ) as Record<ServiceName, string>;
  return {
    repoRoot,
    gatewayUrl: urls.gateways[0],
    serviceUrls,
    metricsUrls,
    databases,
    topicPrefix,
    clientToken: (handle) =>
      issueDevToken(issuer.privateJwk, DemoUsers[handle], {
        issuer: issuer.url,
        audience: issuer.audience,
      }),
    internalToken: (handle, subgraph) =>
      signInternal({ user: DemoUsers[handle], correlationId: `bench-${subgraph}`, subgraph }),
    peerEnv: {
      AUTH_ISSUER: issuer.url,
      AUTH_AUDIENCE: issuer.audience,
      AUTH_JWKS: JSON.stringify({ keys: [issuer.publicJwk] }),
      INTERNAL_TOKEN_PRIVATE_JWK: JSON.stringify(internalKeys.privateJwk),
      SUPERGRAPH_PATH: join(repoRoot, 'gateway', 'supergraph.graphql'),
      ...Object.fromEntries(
        Object.entries(serviceUrls).map(([name, url]) => [
          `SUBGRAPH_${name.toUpperCase()}_URL`,
          url,
        ]),
      ),
    },
    gatewayEnv,
    pids: () => Object.fromEntries(stack.pids().map(({ name, pid }) => [name, pid])),
    startProcess: async (o) => (await stack.start({ ...o, timeoutMs: 120_000 })).pid,
    startServiceInstance: async (name, instance) => {
      const [port, metricsPort] = (await freePorts(2)) as number[];
      const processName = `${name}-${instance}`;
      await stack.start({
        name: processName,
        script: `services/${name}/dist/main.js`,
        env: { ...serviceEnv(name), PORT: String(port), METRICS_PORT: String(metricsPort) },
        readyUrl: `http://127.0.0.1:${port}/health/ready`,
        timeoutMs: 300_000,
      });
      return processName;
    },
    stopProcess: (name) => stack.stopOne(name),
    stop,
  };
}
