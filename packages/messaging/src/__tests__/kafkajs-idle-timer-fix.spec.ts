import { fixKafkajsIdleTimer, REQUEST_TIMEOUT_CHECK_MS } from '../kafka/kafkajs-idle-timer-fix';

// kafkajs' internal request queue, which has no typed entry point
const RequestQueue = require('kafkajs/src/network/requestQueue');

const quietLogger = { debug: () => undefined, warn: () => undefined, error: () => undefined };

function newQueue(enforceRequestTimeout = false) {
  return new RequestQueue({
    maxInFlightRequests: 1,
    requestTimeout: 30_000,
    enforceRequestTimeout,
    clientId: 'test',
    broker: 'localhost:9092',
    logger: quietLogger,
  });
}

describe("kafkajs' request queue at rest", () => {
  beforeAll(() => fixKafkajsIdleTimer());

  it('arms no timer when nothing is pending', () => {
    const queue = newQueue();
    queue.checkPendingRequests();
    // Unpatched, kafkajs 2.2.4 arms a 1 ms timer here and again after every check.
    expect(queue.throttleCheckTimeoutId).toBeNull();
    queue.destroy();
  });

  it('still checks again later when a request waits behind a throttle', () => {
    const queue = newQueue();
    queue.throttledUntil = Date.now() + 60_000;
    queue.pending.push({ send: () => undefined });
    queue.scheduleCheckPendingRequests();
    expect(queue.throttleCheckTimeoutId).not.toBeNull();
    queue.destroy();
  });
});

describe("kafkajs' request timeout check", () => {
  beforeAll(() => fixKafkajsIdleTimer());
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('wakes once a second, not ten times, and still times out a request that waits too long', () => {
    const queue = newQueue(true);
    const timeoutRequest = jest.fn();
    queue.inflight.set(1, { sentAt: Date.now(), requestTimeout: 30_000, timeoutRequest });
    const wakeUps = jest.spyOn(queue.inflight, 'forEach');
    queue.scheduleRequestTimeoutCheck();

    jest.advanceTimersByTime(10 * REQUEST_TIMEOUT_CHECK_MS);
    // Unpatched, kafkajs 2.2.4 checks every 100 ms: 100 times in these 10 s.
    expect(wakeUps).toHaveBeenCalledTimes(10);
    expect(timeoutRequest).not.toHaveBeenCalled();
    jest.advanceTimersByTime(21_000);
    expect(timeoutRequest).toHaveBeenCalled();
    queue.destroy();
  });
});
