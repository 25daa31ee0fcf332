import type { TestDatabase } from '@salesgraph/testing';
import type { TestIssuer } from './support/oidc-test-issuer';

/** Stops what the global setup started and drops its databases. */
export default async function globalTeardown(): Promise<void> {
  const started = (globalThis as Record<string, unknown>).__workbenchStack as
    | {
        stack: { stop(): Promise<void> };
        databases: Record<string, TestDatabase>;
        issuer?: TestIssuer;
      }
    | undefined;
  if (!started) return;
  (globalThis as Record<string, unknown>).__workbenchStack = undefined;
  await started.stack.stop();
  await started.issuer?.close();
  for (const database of Object.values(started.databases))
    await database.drop().catch(() => undefined);
}
