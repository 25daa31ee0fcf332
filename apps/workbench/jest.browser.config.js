// Browser tests: Debian's chromium through playwright-core against the built
// workbench and the real platform, started once by the global setup.
const base = require('@salesgraph/jest-config').base(__dirname, 'browser');

module.exports = {
  ...base,
  testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'],
  globalSetup: '<rootDir>/test/browser/browser.global-setup.ts',
  globalTeardown: '<rootDir>/test/browser/browser.global-teardown.ts',
  setupFilesAfterEnv: ['<rootDir>/test/browser/support/browser-timeout.js'],
};
