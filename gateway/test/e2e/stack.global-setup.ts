import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generateInternalKeyPair, generateIssuerKeyPair } from '@salesgraph/identity';
import {
  createTestDatabase,
  startOtlpFileReceiver,
  testInfrastructure,
  testTopicPrefix,
  type TestDatabase,
} from '@salesgraph/testing';
import globalTeardown from './stack.global-teardown';
import { stackInfoFile, type StackInfo } from './support/stack-info';

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

type ServiceName = 'lead' | 'account' | 'order' | 'planning' | 'notification';

/** Starts the whole platform once for every end-to-end test file. */
export default async function globalSetup(): Promise<void> {
  const { kafkaBrokers } = testInfrastructure();
  const issuer = {
    url: 'https://id.e2e.salesgraph.test',
    audience: 'salesgraph-e2e',
    ...(await generateIssuerKeyPair('e2e-idp-1')),
  };
  const internalKeys = await generateInternalKeyPair('gateway-e2e');
  const databases: Record<string, TestDatabase> = {};
  for (const { name } of services as Array<{ name: ServiceName }>)
    databases[name] = await createTestDatabase(`e2e_${name}`);
  const names = platformProcesses as string[];
  const free: number[] = await freePorts(names.length * 2);
  // Every process serves its metrics on a port of its own.
  const metricsPorts = Object.fromEntries(names.map((name, i) => [name, free[names.length + i]]));
  const instancePorts: Record<string, number> = Object.fromEntries(
    names.map((name, i) => [name, free[i]]),
  );
  const ports = { ...instancePorts, metrics: metricsPorts };
  const topicPrefix = testTopicPrefix('e2e');

  // Every process exports its spans to a local collector that writes them to a file for the tests.
  const tracesFile = join(repoRoot, 'reports', 'e2e-traces.jsonl');
  mkdirSync(dirname(tracesFile), { recursive: true });
  const collector = await startOtlpFileReceiver(tracesFile);

  const { serviceEnv, gatewayEnv } = platformEnv({
    databaseUrls: Object.fromEntries(Object.entries(databases).map(([name, db]) => [name, db.url])),
    kafkaBrokers: kafkaBrokers.join(','),
    topicPrefix,
    ports,
    internalKeys,
    issuer,
    nodeEnv: 'production',
    logLevel: process.env.TEST_LOG_LEVEL ?? 'info',
    // No mail relay in this stack: the notification service logs its e-mails (its own tests send them).
    extraServiceEnv: { OUTBOX_POLL_INTERVAL_MS: '50', EMAIL_LOG_ONLY: 'true' },
    extraCommonEnv: {
      OTEL_EXPORTER_OTLP_ENDPOINT: collector.endpoint,
      OTEL_BSP_SCHEDULE_DELAY: '200',
    },
    // Production mode limits each user's rate; tests send as fast as the machine allows.
    extraGatewayEnv: { RATE_LIMIT_BURST: '2000', RATE_LIMIT_PER_SECOND: '500' },
  });

  const logDir = join(repoRoot, 'reports', 'e2e-logs');
  const stack = new ProcessStack({ logDir });
  (globalThis as Record<string, unknown>).__salesgraphStack = { stack, databases, collector };
  try {
    // The same start order as npm start, demo seeds included.
    await startPlatform(stack, { serviceEnv, gatewayEnv, ports });
  } catch (error) {
    // Jest skips the global teardown when the setup fails: stop what did start, or it outlives the run.
    await globalTeardown();
    throw error;
  }

  const info: StackInfo = {
    gatewayUrl: `http://127.0.0.1:${instancePorts.gateway}/graphql`,
    serviceUrls: Object.fromEntries(
      services.map(({ name }: { name: ServiceName }) => [
        name,
        `http://127.0.0.1:${instancePorts[name]}/graphql`,
      ]),
    ) as StackInfo['serviceUrls'],
    databaseUrls: Object.fromEntries(
      Object.entries(databases).map(([name, db]) => [name, db.url]),
    ) as StackInfo['databaseUrls'],
    orderAdminUrl: `http://127.0.0.1:${instancePorts.orderAdmin}`,
    metricsUrls: Object.fromEntries(
      Object.entries(metricsPorts).map(([name, port]) => [
        name === 'orderAdmin' ? 'order-admin' : name,
        `http://127.0.0.1:${port}/metrics`,
      ]),
    ),
    tracesFile,
    topicPrefix,
    kafkaBrokers: kafkaBrokers.join(','),
    issuer,
    internalKeys,
    logDir,
  };
  mkdirSync(dirname(stackInfoFile), { recursive: true });
  writeFileSync(stackInfoFile, JSON.stringify(info, null, 2));
}
