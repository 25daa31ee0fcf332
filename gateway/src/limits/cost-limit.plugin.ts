import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { ListBounds } from './list-bounds';
import { RememberedCosts } from './remembered-costs';

/**
 * Refuses operations whose estimated cost exceeds `maxCost`, after the
 * operation is resolved and before it is planned or executed. A validation
 * rule cannot do this: it never sees the request's variables, and a page size
 * sent as `$limit` is as real as one written in the query. Each operation's
 * cost is measured once per page size it is asked with (RememberedCosts).
 */
export function costLimitPlugin<TContext extends object>(options: {
  maxCost: number;
  bounds: ListBounds;
}): ApolloServerPlugin<TContext> {
  const costs = new RememberedCosts(options.bounds);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return; // Apollo has refused the request already
          const cost = costs.costOf(schema, document, operation, request.variables ?? {});
          if (cost > options.maxCost) {
            throw new GraphQLError(
              `The query is too expensive: its estimated cost exceeds the maximum of ${options.maxCost}. Ask for fewer items or fields.`,
              {
                extensions: {
                  code: 'QUERY_TOO_COMPLEX',
                  limit: options.maxCost,
                  http: { status: 400 },
                },
              },
            );
          }
        },
      };
    },
  };
}
