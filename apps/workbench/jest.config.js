// Unit tests of the workbench's pure logic, and its bundle budget (needs the build).
const base = require('@salesgraph/jest-config').base(__dirname, 'workbench:unit');

module.exports = { ...base, testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/*.spec.ts'] };
