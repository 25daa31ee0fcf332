/** Latency buckets in seconds, from a fast lookup to a request that is about to time out. */
export const latencyBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/** SQL statements one request sends to its service's database: one, a handful, or one per item of a list. */
export const statementBuckets = [0, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377];
