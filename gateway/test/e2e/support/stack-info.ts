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
