export type HealthCheck = () => Promise<void>;

export interface HealthReport {
  status: 'ok' | 'unavailable';
  checks: Record<string, { ok: boolean; error?: string; ms: number }>;
}

/** Runs readiness checks in parallel, each bounded by a timeout. */
export async function runHealthChecks(
  checks: Record<string, HealthCheck>,
  timeoutMs = 2_000,
): Promise<HealthReport> {
  const entries = await Promise.all(
    Object.entries(checks).map(async ([name, check]) => {
      const started = Date.now();
      try {
        await Promise.race([
          check(),
          new Promise((_, reject) =>
            setTimeout(
              () => reject(new Error(`no answer within ${timeoutMs} ms`)),
              timeoutMs,
            ).unref(),
          ),
        ]);
        return [name, { ok: true, ms: Date.now() - started }] as const;
      } catch (error) {
        return [
          name,
          { ok: false, error: (error as Error).message, ms: Date.now() - started },
        ] as const;
      }
    }),
  );
  const results: HealthReport['checks'] = Object.fromEntries(entries);
  return {
    status: Object.values(results).every((r) => r.ok) ? 'ok' : 'unavailable',
    checks: results,
  };
}
