import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { JWK } from 'jose';

/** What the browser tests' global setup started, written to a file that each test file reads. */
export interface BrowserStackInfo {
  gatewayUrl: string;
  /** The built workbench with development sign-in (the demo users). */
  workbenchUrl: string;
  /** The same build configured for OIDC against the test issuer. */
  oidcWorkbenchUrl: string;
  issuer: { url: string; audience: string; privateJwk: JWK; publicJwk: JWK };
  oidcClientId: string;
  topicPrefix: string;
  kafkaBrokers: string;
  logDir: string;
}

export const repoRoot = join(__dirname, '..', '..', '..', '..', '..');
export const browserStackInfoFile = join(repoRoot, 'reports', 'browser-stack.json');

export function browserStack(): BrowserStackInfo {
  return JSON.parse(readFileSync(browserStackInfoFile, 'utf8'));
}
