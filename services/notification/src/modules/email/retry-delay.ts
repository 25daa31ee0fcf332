/** 30 s after the first failure, doubling, at most an hour: an SMTP outage is waited out, not hammered. */
export function retryDelayMs(failedAttempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, failedAttempts - 1), 3_600_000);
}
