import { printSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLSchema } from 'graphql';

/**
 * The SDL the gateway composes from. Printed at build time from the schema
 * itself (not fetched over HTTP, where `_service` needs a gateway credential).
 */
export function printSubgraphSdl(schema: GraphQLSchema): string {
  return `${printSubgraphSchema(schema).trim()}\n`;
}
