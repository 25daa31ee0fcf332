/** Stops the processes the global setup started, drops their databases and closes the trace collector. */
export default async function globalTeardown(): Promise<void> {
  const started = (globalThis as Record<string, unknown>).__salesgraphStack as
    { platform: { stop(): Promise<void> }; collector?: { close(): Promise<void> } } | undefined;
  if (!started) return;
  (globalThis as Record<string, unknown>).__salesgraphStack = undefined;
  await started.platform.stop();
  await started.collector?.close();
}
