import { buildSubgraphSchema as buildApolloSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import type { GraphQLSchema } from 'graphql';
import gql from 'graphql-tag';
import {
  buildSchema,
  createResolversMap,
  type BuildSchemaOptions,
  type NonEmptyArray,
} from 'type-graphql';
import { roleAuthChecker } from './auth-checker';
import type { ReferenceResolvers } from './reference-resolver';
import { validateArgs } from './validate-args';

/** Federation 2 directives a subgraph may use. */
const federationLink = `
  extend schema
    @link(
      url: "https://specs.apollo.dev/federation/v2.7"
      import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@interfaceObject"]
    )
`;

export interface SubgraphSchemaOptions {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers: NonEmptyArray<Function>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  orphanedTypes?: Function[];
  /** Batched `__resolveReference` functions by type name (see batchedReference). */
  referenceResolvers?: ReferenceResolvers[];
  /** Extra type-graphql options, e.g. scalarsMap. */
  buildOptions?: Partial<
    Omit<
      BuildSchemaOptions,
      'resolvers' | 'orphanedTypes' | 'authChecker' | 'skipCheck' | 'validate' | 'validateFn'
    >
  >;
}

/**
 * Turns a type-graphql schema into a federation 2 subgraph schema: type-graphql
 * builds the types from the decorators, its SDL (directives included) is
 * handed to Apollo's buildSubgraphSchema, and the resolvers are carried over
 * together with the reference resolvers.
 */
export async function buildSubgraphSchema(options: SubgraphSchemaOptions): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    ...options.buildOptions,
    resolvers: options.resolvers,
    orphanedTypes: options.orphanedTypes,
    authChecker: roleAuthChecker,
    authMode: 'error',
    validateFn: validateArgs,
    // A subgraph may have no Query fields of its own; composition checks the whole.
    skipCheck: true,
  });
  const resolvers = createResolversMap(schema) as Record<string, object>;
  for (const references of options.referenceResolvers ?? []) {
    for (const [typeName, reference] of Object.entries(references)) {
      resolvers[typeName] = { ...(resolvers[typeName] ?? {}), ...reference };
    }
  }
  return buildApolloSubgraphSchema({
    typeDefs: gql(`${federationLink}\n${printSchemaWithDirectives(schema)}`),
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    resolvers: resolvers as any,
  });
}
