import { composeServices } from '@apollo/composition';
import {
  ApolloGateway,
  type Experimental_DidResolveQueryPlanCallback,
  type GraphQLDataSource,
} from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { parse } from 'graphql';

const things = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
  type Query {
    things: [Thing!]!
    thing(id: ID!, size: Size = BIG): Thing
    named: [Named!]!
  }
  type Mutation { rename(id: ID!, name: String!): Thing }
  interface Named { name: String! }
  type Thing implements Named @key(fields: "id") { id: ID! name: String! size: Size! }
  type Other implements Named { name: String! }
  enum Size { BIG SMALL }
`);

const reviews = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
  type Thing @key(fields: "id") { id: ID! reviews: [String!]! }
`);

/** The supergraph of two subgraphs: `things` (with an interface and an enum) and `reviews`. */
export function twoSubgraphsSupergraph(): string {
  const composed = composeServices([
    { name: 'things', typeDefs: things, url: 'http://things.invalid/graphql' },
    { name: 'reviews', typeDefs: reviews, url: 'http://reviews.invalid/graphql' },
  ]);
  if (composed.errors) throw new Error(composed.errors.map((e) => e.message).join('; '));
  return composed.supergraphSdl;
}

/**
 * Apollo Server over Apollo Gateway on the two subgraphs, each fetch answered by `answer` (the
 * subgraph's name and the operation the plan sends), every plan handed to `didPlan`.
 */
export async function startTwoSubgraphsGateway(options: {
  answer?: (subgraph: string, query: string) => Record<string, unknown>;
  didPlan: Experimental_DidResolveQueryPlanCallback;
}): Promise<ApolloServer> {
  const answer = options.answer ?? (() => ({ data: {} }));
  const server = new ApolloServer({
    gateway: new ApolloGateway({
      supergraphSdl: twoSubgraphsSupergraph(),
      buildService: ({ name }): GraphQLDataSource => ({
        process: async ({ request }) => answer(name, request.query ?? ''),
      }),
      experimental_didResolveQueryPlan: options.didPlan,
    }),
  });
  await server.start();
  return server;
}
