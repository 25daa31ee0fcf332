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
const {
  ProcessStack,
  freePorts,
  services,
  platformProcesses,
  repoRoot,
  startPlatform,
} = require('../../../infra/stack/process-stack.cjs');
const { platformEnv } = require('../../../infra/stack/platform-env.cjs');
/* eslint-enable @typescript-eslint/no-require-imports */

export type ServiceName = 'lead' | 'account' | 'order' | 'planning' | 'notification';

interface Stack {
  start(o: {
    name: string;
    script: string;
    env: Record<string, string>;
    readyUrl: string;
    timeoutMs?: number;
  }): Promise<{ pid: number }>;
  stop(): Promise<void>;
  stopOne(name: string): Promise<void>;
  pids(): Array<{ name: string; pid: number }>;
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

/** NODE_OPTIONS for some of the platform's processes, from the bench's environment variable `name`. */
function nodeOptions(name: string): Record<string, string> {
  const given = process.env[name];
  return given ? { NODE_OPTIONS: given } : {};
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
  const databases = {} as Record<ServiceName, TestDatabase>;
  const stack: Stack = new ProcessStack({ logDir: join(repoRoot, 'reports', 'bench-logs') });
  const stop = async () => {
    await stack.stop();
    for (const database of Object.values(databases)) await database.drop().catch(() => undefined);
  };
  onStoppable(stop);
  try {
    for (const { name } of services as Array<{ name: ServiceName }>)
      databases[name] = await createTestDatabase(`bench_${name}`);
    const names = platformProcesses as string[];
    const topicPrefix = testTopicPrefix('bench');
    const free: number[] = await freePorts(names.length * 2);
    const ports = {
      ...Object.fromEntries(names.map((name, i) => [name, free[i]])),
      metrics: Object.fromEntries(names.map((name, i) => [name, free[names.length + i]])),
    } as Record<string, number> & { metrics: Record<string, number> };
    const { serviceEnv, gatewayEnv } = platformEnv({
      databaseUrls: Object.fromEntries(
        Object.entries(databases).map(([name, db]) => [name, db.url]),
      ),
      kafkaBrokers: kafkaBrokers.join(','),
      topicPrefix,
      ports,
      internalKeys,
      issuer,
      nodeEnv: 'production',
      logLevel: process.env.BENCH_LOG_LEVEL ?? 'warn',
      // BENCH_GATEWAY_NODE_OPTIONS / BENCH_SERVICE_NODE_OPTIONS, e.g. `--require
      // <repo>/bench/profiling/cpu-profile.cjs` to profile our gateway or the services.
      extraServiceEnv: { EMAIL_LOG_ONLY: 'true', ...nodeOptions('BENCH_SERVICE_NODE_OPTIONS') },
      extraGatewayEnv: {
        RATE_LIMIT_ENABLED: 'false',
        ...nodeOptions('BENCH_GATEWAY_NODE_OPTIONS'),
      },
    });
    await startPlatform(stack, { serviceEnv, gatewayEnv, ports, say });
    const serviceUrls = Object.fromEntries(
      (services as Array<{ name: ServiceName }>).map(({ name }) => [
        name,
        `http://127.0.0.1:${ports[name]}/graphql`,
      ]),
    ) as Record<ServiceName, string>;
    const metricsUrls = Object.fromEntries(
      (services as Array<{ name: ServiceName }>).map(({ name }) => [
        name,
        `http://127.0.0.1:${ports.metrics[name]}/metrics`,
      ]),
    ) as Record<ServiceName, string>;
    const signInternal = await createInternalTokenSigner(internalKeys.privateJwk, {
      ttlSeconds: 60,
    });
    return {
      repoRoot,
      gatewayUrl: `http://127.0.0.1:${ports.gateway}/graphql`,
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
  } catch (error) {
    await stop();
    throw error;
  }
}
