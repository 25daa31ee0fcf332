// End-to-end: the four services and the gateway run as real processes
// (dist/, built by `npm test` before), against the real PostgreSQL and Kafka.
const base = require('@salesgraph/jest-config').base(__dirname, 'e2e');

module.exports = {
  ...base,
  testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'],
  globalSetup: '<rootDir>/test/e2e/stack.global-setup.ts',
  globalTeardown: '<rootDir>/test/e2e/stack.global-teardown.ts',
  setupFilesAfterEnv: [require.resolve('@salesgraph/jest-config/long-timeout.js')],
};
