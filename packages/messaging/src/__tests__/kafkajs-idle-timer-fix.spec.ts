import { fixKafkajsIdleTimer } from '../kafka/kafkajs-idle-timer-fix';

// kafkajs' internal request queue, which has no typed entry point
const RequestQueue = require('kafkajs/src/network/requestQueue');

const quietLogger = { debug: () => undefined, warn: () => undefined, error: () => undefined };

function newQueue() {
  return new RequestQueue({
    maxInFlightRequests: 1,
    requestTimeout: 30_000,
    enforceRequestTimeout: false,
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
