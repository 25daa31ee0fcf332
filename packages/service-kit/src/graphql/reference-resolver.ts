import type { GraphQLContext } from './graphql-context';

export type ReferenceResolvers = Record<
  string,
  { __resolveReference: (reference: never, context: GraphQLContext) => unknown }
>;

/**
 * A batched `__resolveReference` for an entity keyed by `id`: every reference
 * of one query plan step is loaded in one call of `load` (DataLoader, per
 * request). `load` gets the context so it applies the caller's access rules,
 * and returns the visible entities; ids it leaves out resolve to null.
 */
export function batchedReference<T extends { id: string }>(
  typeName: string,
  load: (ids: readonly string[], context: GraphQLContext) => Promise<T[]>,
) {
  return {
    [typeName]: {
      __resolveReference(reference: { id: string }, context: GraphQLContext): Promise<T | null> {
        const loader = context.loaders.get<string, T | null>(
          `reference:${typeName}`,
          async (ids) => {
            const found = new Map((await load(ids, context)).map((entity) => [entity.id, entity]));
            return ids.map((id) => found.get(id) ?? null);
          },
        );
        return loader.load(reference.id);
      },
    },
  };
}

/**
 * The reference resolver of an entity this subgraph only extends with fields
 * (Account in the order service, say): the key is all it needs.
 */
export function keyOnlyReference(typeName: string) {
  return {
    [typeName]: {
      __resolveReference(reference: { id: string }) {
        return { id: reference.id };
      },
    },
  };
}
