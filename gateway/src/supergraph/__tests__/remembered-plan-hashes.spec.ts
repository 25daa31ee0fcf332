import type { ApolloServer } from '@apollo/server';
import { rememberedQueryHashes, rememberQueryHashes } from '@salesgraph/service-kit';
import { startThingsGateway } from './things-gateway';

describe("the gateway's query-plan keys, hashed through remembered query hashes", () => {
  let server: ApolloServer;
  beforeAll(async () => {
    // The gateway's own copy of Apollo's hashing only, as gateway-app.ts sets it.
    rememberQueryHashes(require.resolve('@apollo/gateway'));
    server = await startThingsGateway([{ id: '1', name: 'one' }]);
  });
  afterAll(() => server.stop());

  it('gives a named operation’s plan key from memory the second time', async () => {
    const request = { query: 'query Named { things { id } }', operationName: 'Named' };
    await server.executeOperation(request);
    const before = rememberedQueryHashes().hits;
    const response = await server.executeOperation(request);
    expect(response.body.kind === 'single' && response.body.singleResult.data).toEqual({
      things: [{ id: '1' }],
    });
    expect(rememberedQueryHashes().hits).toBe(before + 1);
  });
});
