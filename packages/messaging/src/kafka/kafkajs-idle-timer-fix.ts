/**
 * kafkajs 2.2.4 keeps a timer going on every broker connection while it has
 * nothing to send: its request queue re-arms `checkPendingRequests` after each
 * check, and with no throttle in force the delay comes out negative, which
 * Node treats as 1 ms. Every connection of an idle process (producers,
 * consumers, admin) thus wakes the process about a thousand times a second:
 * most of a service's CPU at rest (kafkajs issue #1556, unfixed upstream).
 *
 * The queue only needs that timer while requests are pending: a request that
 * cannot go out at once is queued and schedules a check itself (push), and a
 * response or a timeout checks the queue too. So the check is re-armed only
 * when something waits. kafkajs is pinned (package-lock); revisit this file
 * when upgrading it.
 */
interface RequestQueueInternals {
  pending: unknown[];
  throttleCheckTimeoutId: NodeJS.Timeout | null;
  scheduleCheckPendingRequests(): void;
}

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
}
