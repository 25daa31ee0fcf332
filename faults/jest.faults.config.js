// The fault suite at its reduced size: its own PostgreSQL, Kafka and service
// processes, faults injected, then the independent checker. Run by `npm test`
// after the end-to-end tests (services built to dist/ first).
const base = require('@salesgraph/jest-config').base(__dirname, 'faults');

module.exports = {
  ...base,
  testMatch: ['<rootDir>/test/**/*.faults-spec.ts'],
  testTimeout: 15 * 60_000,
};
