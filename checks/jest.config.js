// Repository checks that are not unit tests of one workspace: lint and
// typecheck results of this run, and the docker-compose file.
module.exports = {
  rootDir: __dirname,
  displayName: 'repository',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/*.spec.js'],
  testTimeout: 300_000,
};
