import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generateInternalKeyPair, generateIssuerKeyPair } from '@salesgraph/identity';
import {
  createTestDatabase,
  testInfrastructure,
  testTopicPrefix,
  type TestDatabase,
} from '@salesgraph/testing';
import globalTeardown from './browser.global-teardown';
import {
  browserStackInfoFile,
  repoRoot,
  type BrowserStackInfo,
} from './support/browser-stack-info';
import { startTestIssuer } from './support/oidc-test-issuer';

/* eslint-disable @typescript-eslint/no-require-imports -- the process stack is plain CommonJS shared with npm start */
const {
  ProcessStack,
  freePorts,
  services,
  platformProcesses,
  startPlatform,
} = require('../../../../infra/stack/process-stack.cjs');
const { platformEnv } = require('../../../../infra/stack/platform-env.cjs');
const {
  startWorkbench,
  workbenchOrigins,
} = require('../../../../infra/stack/workbench-process.cjs');
/* eslint-enable @typescript-eslint/no-require-imports */

/**
 * The real platform (services, gateway, order administration, demo data) on
 * free ports with throwaway databases and topics, the built workbench served
 * twice (development sign-in, and OIDC against a test issuer), once for all
 * browser test files; the screenshots command uses it too.
 */
export default async function globalSetup(): Promise<void> {
  // While working on the workbench: reuse a stack kept running by scripts/run-browser-stack.ts.
  if (process.env.WORKBENCH_REUSE_STACK === '1' && existsSync(browserStackInfoFile)) return;
  const { kafkaBrokers } = testInfrastructure();
  const names = [...(platformProcesses as string[]), 'workbench', 'oidcWorkbench', 'issuer'];
  const free: number[] = await freePorts(names.length);
  const ports = Object.fromEntries(names.map((name, i) => [name, free[i]]));
  const oidcClientId = 'salesgraph-workbench';
  const issuer = {
    url: `http://127.0.0.1:${ports.issuer}`,
    audience: 'salesgraph-browser-tests',
    ...(await generateIssuerKeyPair('browser-idp-1')),
  };
  const internalKeys = await generateInternalKeyPair('gateway-browser');
  const databases: Record<string, TestDatabase> = {};
  for (const { name } of services as Array<{ name: string }>)
    databases[name] = await createTestDatabase(`browser_${name}`);
  const topicPrefix = testTopicPrefix('browser');
  const logDir = join(repoRoot, 'reports', 'browser-logs');
  const stack = new ProcessStack({ logDir });
  const started: Record<string, unknown> = { stack, databases };
  (globalThis as Record<string, unknown>).__workbenchStack = started;

  const { serviceEnv, gatewayEnv } = platformEnv({
    databaseUrls: Object.fromEntries(Object.entries(databases).map(([name, db]) => [name, db.url])),
    kafkaBrokers: kafkaBrokers.join(','),
    topicPrefix,
    ports,
    internalKeys,
    issuer,
    nodeEnv: 'production',
    logLevel: process.env.TEST_LOG_LEVEL ?? 'info',
    // No mail relay in this stack: the notification service logs its e-mails.
    extraServiceEnv: { OUTBOX_POLL_INTERVAL_MS: '50', EMAIL_LOG_ONLY: 'true' },
    // Production mode limits each user's rate; tests send as fast as the machine allows.
    extraGatewayEnv: { RATE_LIMIT_BURST: '2000', RATE_LIMIT_PER_SECOND: '500' },
    corsOrigins: [...workbenchOrigins(ports.workbench), ...workbenchOrigins(ports.oidcWorkbench)],
  });
  // Development sign-in signs with the test issuer's key, as npm start's does with .dev/secrets.json.
  const devSecretsFile = join(logDir, 'dev-secrets.json');
  mkdirSync(logDir, { recursive: true });
  writeFileSync(devSecretsFile, JSON.stringify({ issuer }), { mode: 0o600 });

  try {
    started.issuer = await startTestIssuer({
      port: ports.issuer,
      audience: issuer.audience,
      privateJwk: issuer.privateJwk,
      clientId: oidcClientId,
      redirectOrigins: workbenchOrigins(ports.oidcWorkbench),
    });
    await startPlatform(stack, { serviceEnv, gatewayEnv, ports });
    const graphqlUrl = `http://127.0.0.1:${ports.gateway}/graphql`;
    await startWorkbench(stack, { port: ports.workbench, graphqlUrl, devSecretsFile });
    await startWorkbench(stack, {
      name: 'workbench-oidc',
      port: ports.oidcWorkbench,
      graphqlUrl,
      oidc: { issuer: issuer.url, clientId: oidcClientId },
    });
  } catch (error) {
    // Jest skips the global teardown when the setup fails: stop what did start.
    await globalTeardown();
    throw error;
  }

  const info: BrowserStackInfo = {
    gatewayUrl: `http://127.0.0.1:${ports.gateway}/graphql`,
    workbenchUrl: `http://127.0.0.1:${ports.workbench}`,
    oidcWorkbenchUrl: `http://127.0.0.1:${ports.oidcWorkbench}`,
    issuer,
    oidcClientId,
    topicPrefix,
    kafkaBrokers: kafkaBrokers.join(','),
    logDir,
  };
  mkdirSync(dirname(browserStackInfoFile), { recursive: true });
  writeFileSync(browserStackInfoFile, JSON.stringify(info, null, 2));
}
