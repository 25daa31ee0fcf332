// The benchmarks at their reduced size (BENCH_REDUCED=1): the platform, its
// peers and the event path for seconds each, no targets asserted, only that
// every figure is produced and sane. Run by `npm test` after the end-to-end
// tests (everything built to dist/ first).
const base = require('@salesgraph/jest-config').base(__dirname, 'bench');

module.exports = {
  ...base,
  testMatch: ['<rootDir>/test/**/*.bench-spec.ts'],
  // Seconds of load, but the platform's start takes minutes on a loaded machine, and lead ingest starts a
  // second lead service (its groups rebalance): the run is killed at 11.
  testTimeout: 12 * 60_000,
};
