import type { TestDatabase } from '@salesgraph/testing';

/** Stops the processes the global setup started and drops their databases. */
export default async function globalTeardown(): Promise<void> {
  const started = (globalThis as Record<string, unknown>).__salesgraphStack as
    | {
        stack: { stop(): Promise<void> };
        databases: Record<string, TestDatabase>;
        collector?: { close(): Promise<void> };
      }
    | undefined;
  if (!started) return;
  (globalThis as Record<string, unknown>).__salesgraphStack = undefined;
  await started.stack.stop();
  await started.collector?.close();
  for (const database of Object.values(started.databases))
    await database.drop().catch(() => undefined);
}
