/**
 * How long to wait after the n-th failure in a row: the first wait is
 * `initialDelayMs`, each next one doubles, none exceeds `maxDelayMs`. The one
 * backoff of the package: consumers' retries, the relay's failed rounds, the
 * commit listener's reconnects and the broker consumer's restarts all name
 * theirs here.
 */
export interface BackoffPolicy {
  initialDelayMs: number;
  maxDelayMs: number;
  /**
   * Jitter within the upper half of the wait (the default), so that many
   * processes failing together do not retry in step. Off where one process
   * retries alone (its relay loop, its own listener), which keeps the waits
   * exact and the logs readable.
   */
  jitter?: boolean;
}

export interface RetryPolicy extends BackoffPolicy {
  /** Attempts in all, the first one included, for a handler that fails (the event's fault, perhaps). */
  attempts: number;
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

/** Doublings beyond this cannot matter below any sane maximum, and 2 ** n stays finite. */
const MAX_DOUBLINGS = 30;

/** Exponential backoff, jittered unless the policy says otherwise. */
export function backoffDelay(
  policy: BackoffPolicy,
  failedAttempts: number,
  random: () => number = Math.random,
): number {
  const doublings = Math.min(Math.max(failedAttempts - 1, 0), MAX_DOUBLINGS);
  const ceiling = Math.min(policy.maxDelayMs, policy.initialDelayMs * 2 ** doublings);
  if (policy.jitter === false) return ceiling;
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
