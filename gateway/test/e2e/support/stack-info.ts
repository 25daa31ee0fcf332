import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { JWK } from 'jose';

/** What the global setup started, for the tests: written to a file, read by each test file. */
export interface StackInfo {
  gatewayUrl: string;
  serviceUrls: Record<'lead' | 'account' | 'order' | 'planning' | 'notification', string>;
  databaseUrls: Record<'lead' | 'account' | 'order' | 'planning' | 'notification', string>;
  /** The order-admin consumer app: GET /queue. */
  orderAdminUrl: string;
  /** GET /metrics of every process: gateway, lead, account, order, planning, notification, order-admin. */
  metricsUrls: Record<string, string>;
  /** Where the test collector writes every exported span, one JSON line each. */
  tracesFile: string;
  topicPrefix: string;
  kafkaBrokers: string;
  issuer: { url: string; audience: string; privateJwk: JWK; publicJwk: JWK };
  internalKeys: { privateJwk: JWK; publicJwk: JWK };
  logDir: string;
}

export const stackInfoFile = join(__dirname, '..', '..', '..', '..', 'reports', 'e2e-stack.json');

export function stackInfo(): StackInfo {
  return JSON.parse(readFileSync(stackInfoFile, 'utf8'));
}

/**
 * The environment of a gateway of a test's own in front of the stack's services (with its own
 * limits or switches in `overrides`), on a free port, with the stack's keys.
 */
export function ownGatewayEnv(
  info: StackInfo,
  overrides: Record<string, string> = {},
): Record<string, string> {
  return {
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'warn',
    SUBGRAPH_LEAD_URL: info.serviceUrls.lead,
    SUBGRAPH_ACCOUNT_URL: info.serviceUrls.account,
    SUBGRAPH_ORDER_URL: info.serviceUrls.order,
    SUBGRAPH_PLANNING_URL: info.serviceUrls.planning,
    SUBGRAPH_NOTIFICATION_URL: info.serviceUrls.notification,
    AUTH_ISSUER: info.issuer.url,
    AUTH_AUDIENCE: info.issuer.audience,
    AUTH_ALGORITHMS: 'ES256',
    AUTH_JWKS: JSON.stringify({ keys: [info.issuer.publicJwk] }),
    INTERNAL_TOKEN_PRIVATE_JWK: JSON.stringify(info.internalKeys.privateJwk),
    ...overrides,
  };
}
