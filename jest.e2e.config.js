// End-to-end tests: real service processes and the gateway, started once by the global setup.
module.exports = { projects: ['gateway/jest.e2e.config.js'] };
