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
import { stackInfoFile, type StackInfo } from './support/stack-info';

/* eslint-disable @typescript-eslint/no-require-imports -- the process stack is plain CommonJS shared with npm start */
const { startThrowawayPlatform, repoRoot } = require('../../../infra/stack/throwaway-platform.cjs');
/* eslint-enable @typescript-eslint/no-require-imports */

type ServiceName = 'lead' | 'account' | 'order' | 'planning' | 'notification';

interface ThrowawayPlatform {
  databases: Record<ServiceName, TestDatabase>;
  urls: {
    gateways: string[];
    services: Record<ServiceName, string>;
    metrics: Record<string, string>;
    orderAdmin: string;
  };
  stop(): Promise<void>;
}

/** Starts the whole platform once for every end-to-end test file. */
export default async function globalSetup(): Promise<void> {
  const { kafkaBrokers } = testInfrastructure();
  const issuer = {
    url: 'https://id.e2e.salesgraph.test',
    audience: 'salesgraph-e2e',
    ...(await generateIssuerKeyPair('e2e-idp-1')),
  };
  const internalKeys = await generateInternalKeyPair('gateway-e2e');
  const topicPrefix = testTopicPrefix('e2e');

  // Every process exports its spans to a local collector that writes them to a file for the tests.
  const tracesFile = join(repoRoot, 'reports', 'e2e-traces.jsonl');
  mkdirSync(dirname(tracesFile), { recursive: true });
  const collector = await startOtlpFileReceiver(tracesFile);

  const logDir = join(repoRoot, 'reports', 'e2e-logs');
  let platform: ThrowawayPlatform;
  try {
    // The same processes and start order as npm start, demo seeds included.
    platform = await startThrowawayPlatform({
      label: 'e2e',
      createDatabase: createTestDatabase,
      kafkaBrokers: kafkaBrokers.join(','),
      topicPrefix,
      internalKeys,
      issuer,
      logDir,
      logLevel: process.env.TEST_LOG_LEVEL ?? 'info',
      extraServiceEnv: { OUTBOX_POLL_INTERVAL_MS: '50' },
      extraCommonEnv: {
        OTEL_EXPORTER_OTLP_ENDPOINT: collector.endpoint,
        OTEL_BSP_SCHEDULE_DELAY: '200',
      },
      // Production mode limits each user's rate; tests send as fast as the machine allows.
      extraGatewayEnv: { RATE_LIMIT_BURST: '2000', RATE_LIMIT_PER_SECOND: '500' },
    });
  } catch (error) {
    // Jest skips the global teardown when the setup fails; the platform stopped itself, the collector not.
    await collector.close();
    throw error;
  }
  (globalThis as Record<string, unknown>).__salesgraphStack = { platform, collector };

  const info: StackInfo = {
    gatewayUrl: platform.urls.gateways[0],
    serviceUrls: platform.urls.services,
    databaseUrls: Object.fromEntries(
      Object.entries(platform.databases).map(([name, db]) => [name, db.url]),
    ) as StackInfo['databaseUrls'],
    orderAdminUrl: platform.urls.orderAdmin,
    metricsUrls: platform.urls.metrics,
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
