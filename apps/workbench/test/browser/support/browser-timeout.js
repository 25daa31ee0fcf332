// A browser journey drives many screens through the real platform: three
// minutes each, more than the end-to-end tests' default, for a loaded machine.
jest.setTimeout(Number(process.env.SALESGRAPH_BROWSER_TEST_TIMEOUT_MS ?? 180_000));
