/**
 * Whether a publishing error is the broker refusing these messages (too
 * large, no such topic, not authorised, invalid record) rather than the
 * broker or the network being away. A refusal is the row's fault and counts
 * towards parking it; an outage is nobody's row's fault and only makes the
 * relay wait. Reads the error chain by shape (kafkajs wraps the protocol
 * error of the last retry in `originalError`), so no client type leaks here.
 */
export function brokerRefusal(error: unknown): string | undefined {
  for (let current = error as ErrorShape | undefined, depth = 0; current && depth < 5; depth += 1) {
    const type = typeof current.type === 'string' ? current.type : undefined;
    if (type && (REFUSALS.has(type) || (current.retriable === false && !OUTAGES.has(type))))
      return `${type}: ${current.message ?? ''}`.trim();
    current = (current.originalError ?? current.cause) as ErrorShape | undefined;
  }
  return undefined;
}

interface ErrorShape {
  type?: unknown;
  retriable?: unknown;
  message?: string;
  originalError?: unknown;
  cause?: unknown;
}

/** Refusals kafkajs marks retriable but that no retry of the same message cures. */
const REFUSALS = new Set([
  'MESSAGE_TOO_LARGE',
  'RECORD_LIST_TOO_LARGE',
  'INVALID_RECORD',
  'CORRUPT_MESSAGE',
  'UNKNOWN_TOPIC_OR_PARTITION',
  'INVALID_TOPIC_EXCEPTION',
  'TOPIC_AUTHORIZATION_FAILED',
  'CLUSTER_AUTHORIZATION_FAILED',
  'TRANSACTIONAL_ID_AUTHORIZATION_FAILED',
  'POLICY_VIOLATION',
]);

/** Non-retriable in kafkajs' table, yet about the producer's session, not the message. */
const OUTAGES = new Set([
  'OUT_OF_ORDER_SEQUENCE_NUMBER',
  'UNKNOWN_PRODUCER_ID',
  'INVALID_PRODUCER_EPOCH',
]);
