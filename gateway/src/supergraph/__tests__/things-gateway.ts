import { composeServices } from '@apollo/composition';
import { ApolloGateway, type GraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { parse } from 'graphql';

const thingsSubgraph = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
  type Query { things: [Thing!]! }
  type Thing @key(fields: "id") { id: ID! name: String! }
`);

/**
 * An Apollo Server over Apollo Gateway with one subgraph of things, every fetch answered with
 * `things`: the executor's real path, for tests of what the gateway puts on it.
 */
export async function startThingsGateway(things: unknown[]): Promise<ApolloServer> {
  const composed = composeServices([
    { name: 'things', typeDefs: thingsSubgraph, url: 'http://things.invalid/graphql' },
  ]);
  if (composed.errors) throw new Error(composed.errors.map((e) => e.message).join('; '));
  const service: GraphQLDataSource = { process: async () => ({ data: { things } }) };
  const server = new ApolloServer({
    gateway: new ApolloGateway({
      supergraphSdl: composed.supergraphSdl,
      buildService: () => service,
    }),
  });
  await server.start();
  return server;
}
