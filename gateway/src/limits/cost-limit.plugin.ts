import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import type { ListBounds } from './list-bounds';
import { RememberedCosts } from './remembered-costs';

/**
 * The most an operation may cost, each operation's cost measured once per
 * page size it is asked with (RememberedCosts). Shared by the plugin below and
 * the gateway's single-fetch shortcut, which must refuse nothing the plugin
 * would let through and let through nothing it would refuse.
 */
export class CostLimit {
  private readonly costs: RememberedCosts;

  constructor(
    readonly maxCost: number,
    bounds: ListBounds,
  ) {
    this.costs = new RememberedCosts(bounds);
  }

  /** Whether the operation, with these variables, costs more than the limit. */
  exceededBy(
    schema: GraphQLSchema,
    document: DocumentNode,
    operation: OperationDefinitionNode,
    variables: Readonly<Record<string, unknown>>,
  ): boolean {
    return this.costs.costOf(schema, document, operation, variables) > this.maxCost;
  }
}

/**
 * Refuses operations whose estimated cost exceeds the limit, after the
 * operation is resolved and before it is planned or executed. A validation
 * rule cannot do this: it never sees the request's variables, and a page size
 * sent as `$limit` is as real as one written in the query.
 */
export function costLimitPlugin<TContext extends object>(
  limit: CostLimit,
): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return; // Apollo has refused the request already
          if (limit.exceededBy(schema, document, operation, request.variables ?? {})) {
            throw new GraphQLError(
              `The query is too expensive: its estimated cost exceeds the maximum of ${limit.maxCost}. Ask for fewer items or fields.`,
              {
                extensions: {
                  code: 'QUERY_TOO_COMPLEX',
                  limit: limit.maxCost,
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
