// Integration and end-to-end tests wait for real servers: give each test a
// minute. A setup file, because `testTimeout` in a project config is ignored
// when the project runs under the root config.
jest.setTimeout(Number(process.env.SALESGRAPH_TEST_TIMEOUT_MS ?? 90_000));
