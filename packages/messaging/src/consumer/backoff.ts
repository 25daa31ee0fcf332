export interface RetryPolicy {
  /** Attempts in all, the first one included, for a handler that fails (the event's fault, perhaps). */
  attempts: number;
  initialDelayMs: number;
  maxDelayMs: number;
  /**
   * A separate budget for infrastructure outages (the database away): by
   * default unlimited, as an outage is not the event's fault. Failures of one
   * kind never spend the other's budget.
   */
  transientAttempts?: number;
}

export const defaultRetryPolicy: RetryPolicy = {
  attempts: 5,
  initialDelayMs: 200,
  maxDelayMs: 5_000,
};

/** Exponential backoff with full jitter, so that many consumers do not retry in step. */
export function backoffDelay(
  policy: RetryPolicy,
  failedAttempts: number,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.initialDelayMs * 2 ** (failedAttempts - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
