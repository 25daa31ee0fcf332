/**
 * Two timers of kafkajs 2.2.4 that wake an idle process, tamed. Both patch its
 * internal request queue; kafkajs is pinned (package-lock): revisit this file
 * when upgrading it.
 *
 * 1. kafkajs keeps a timer going on every broker connection while it has
 * nothing to send: its request queue re-arms `checkPendingRequests` after each
 * check, and with no throttle in force the delay comes out negative, which
 * Node treats as 1 ms. Every connection of an idle process (producers,
 * consumers, admin) thus wakes the process about a thousand times a second:
 * most of a service's CPU at rest (kafkajs issue #1556, unfixed upstream).
 *
 * The queue only needs that timer while requests are pending: a request that
 * cannot go out at once is queued and schedules a check itself (push), and a
 * response or a timeout checks the queue too. So the check is re-armed only
 * when something waits.
 *
 * 2. Every connection also runs an interval that looks for in-flight requests
 * past their timeout, every min(requestTimeout, 100 ms): ten wake-ups a
 * second per connection, eight to fifteen connections per service (each
 * consumer, producer and admin has its own), for requests that time out
 * after 30 s or more. It now looks once a second: a request that timed out is
 * failed at most a second later than before.
 */
interface RequestQueueInternals {
  pending: unknown[];
  inflight: Map<number, { sentAt: number; requestTimeout: number; timeoutRequest(): void }>;
  throttleCheckTimeoutId: NodeJS.Timeout | null;
  requestTimeoutIntervalId?: NodeJS.Timeout;
  requestTimeout: number;
  enforceRequestTimeout: boolean;
  scheduleCheckPendingRequests(): void;
  scheduleRequestTimeoutCheck(): void;
  isConnected(): boolean;
  destroy(): void;
}

/** How often a connection looks for requests past their timeout. */
export const REQUEST_TIMEOUT_CHECK_MS = 1_000;

let applied = false;

export function fixKafkajsIdleTimer(): void {
  if (applied) return;
  applied = true;
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- an internal module, not typed
  const RequestQueue = require('kafkajs/src/network/requestQueue') as {
    prototype: RequestQueueInternals;
  };
  const schedule = RequestQueue.prototype.scheduleCheckPendingRequests;
  RequestQueue.prototype.scheduleCheckPendingRequests = function (this: RequestQueueInternals) {
    if (this.pending.length === 0) return;
    schedule.call(this);
  };
  // kafkajs' own body, with the period changed.
  RequestQueue.prototype.scheduleRequestTimeoutCheck = function (this: RequestQueueInternals) {
    if (!this.enforceRequestTimeout) return;
    this.destroy();
    this.requestTimeoutIntervalId = setInterval(
      () => {
        this.inflight.forEach((request) => {
          if (Date.now() - request.sentAt > request.requestTimeout) request.timeoutRequest();
        });
        if (!this.isConnected()) this.destroy();
      },
      Math.min(this.requestTimeout, REQUEST_TIMEOUT_CHECK_MS),
    );
  };
}
