import type { DocumentNode, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import type { ListBounds } from './list-bounds';
import { operationCost } from './operation-cost';

/** Costs kept per operation for different values of its page variables; a full set starts over. */
const MAX_COSTS_PER_OPERATION = 100;

interface KnownCosts {
  /** The variables the cost depends on: those given as page sizes. */
  readonly variables: readonly string[];
  readonly byValues: Map<string, number>;
}

/**
 * `operationCost`, measured once per operation and page-variable values.
 *
 * Apollo Server keeps one parsed document per query text, so every request of
 * a query arrives with the same operation node: its cost is walked once, and
 * again only for new values of the variables that set a page size (an account
 * id changes nothing; a `$limit` does). The walk was 2 % of the gateway's CPU
 * under the key-account query, every request.
 */
export class RememberedCosts {
  private readonly known = new WeakMap<
    GraphQLSchema,
    WeakMap<OperationDefinitionNode, KnownCosts>
  >();

  constructor(private readonly bounds: ListBounds) {}

  costOf(
    schema: GraphQLSchema,
    document: DocumentNode,
    operation: OperationDefinitionNode,
    variables: Readonly<Record<string, unknown>>,
  ): number {
    let ofSchema = this.known.get(schema);
    if (!ofSchema) this.known.set(schema, (ofSchema = new WeakMap()));
    const known = ofSchema.get(operation);
    if (known) {
      const key = valuesKey(known.variables, variables);
      const cost = known.byValues.get(key);
      if (cost !== undefined) return cost;
      const measured = operationCost(schema, document, operation, variables, this.bounds);
      if (known.byValues.size >= MAX_COSTS_PER_OPERATION) known.byValues.clear();
      known.byValues.set(key, measured);
      return measured;
    }
    const read = new Set<string>();
    const measured = operationCost(schema, document, operation, variables, this.bounds, read);
    const names = [...read].sort();
    ofSchema.set(operation, {
      variables: names,
      byValues: new Map([[valuesKey(names, variables), measured]]),
    });
    return measured;
  }
}

/** A variable left out (its default applies) differs from one sent as null. */
function valuesKey(names: readonly string[], variables: Readonly<Record<string, unknown>>): string {
  return JSON.stringify(names.map((name) => (name in variables ? [variables[name]] : [])));
}
