import type { Experimental_DidResolveQueryPlanCallback } from '@apollo/gateway';
import {
  BREAK,
  Kind,
  parse,
  print,
  stripIgnoredCharacters,
  visit,
  type DocumentNode,
  type FieldNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type VariableDefinitionNode,
} from 'graphql';

/** Apollo Gateway's plan for an operation (its query planner is not a dependency of ours). */
export type QueryPlan = Parameters<Experimental_DidResolveQueryPlanCallback>[0]['queryPlan'];

/** The one subgraph call whose answer is, as it comes, the answer to a client's read. */
export interface SingleFetch {
  readonly subgraph: string;
  /**
   * The operation to send: the client's own, under the name the plan gives it, so that the
   * subgraph answers its fields in the client's order (the plan's may list them in another).
   */
  readonly query: string;
  /** The operation the plan sends: how the full path's data source knows the call. */
  readonly planQuery: string;
  readonly operationName: string | undefined;
  /** The variables that operation uses: the only ones the plan sends. */
  readonly variableUsages: readonly string[];
}

/**
 * The call, when a client's operation is a read that one subgraph answers with the very
 * selections the client asked for: the plan is one fetch from the root (nothing required from
 * another subgraph, no rewrites, no deferred part), and the operation the plan sends selects
 * what the client's selects, field for field, alias for alias, argument for argument, with the
 * same variables, perhaps in another order (the planner lists a field it keys on, like `me`'s
 * `id`, after the others). Sent the client's own operation, the subgraph then answers what
 * Apollo Gateway would shape its answer into, and Apollo Server's answer is the subgraph's
 * `data` (single-fetch-shortcut.ts).
 *
 * Deliberately narrow: an operation with a fragment or a directive anywhere, or one whose
 * selections the planner rewrote (a `__typename` added for an abstract type, a field asked
 * twice merged, a root `__typename` the gateway answers itself), gets undefined and the full
 * path. Those are where the gateway's shaping does something.
 */
export function singleFetchOf(
  plan: QueryPlan,
  document: DocumentNode,
  operation: OperationDefinitionNode,
): SingleFetch | undefined {
  const fetch = plan.node;
  if (fetch?.kind !== 'Fetch') return undefined;
  if (operation.operation !== 'query' || fetch.operationKind !== 'query') return undefined;
  if (
    fetch.hasDefers ||
    fetch.requires?.length ||
    fetch.inputRewrites?.length ||
    fetch.outputRewrites?.length ||
    fetch.contextRewrites?.length
  )
    return undefined;
  if (document.definitions.some((d) => d.kind === Kind.FRAGMENT_DEFINITION)) return undefined;
  if (!plain(operation)) return undefined;
  const [sent, ...more] = (fetch.operationDocumentNode ?? parse(fetch.operation)).definitions;
  if (more.length > 0 || sent?.kind !== Kind.OPERATION_DEFINITION || !plain(sent)) return undefined;
  const asked = canonical(operation.selectionSet);
  if (asked === undefined || asked !== canonical(sent.selectionSet)) return undefined;
  if (printed(operation.variableDefinitions) !== printed(sent.variableDefinitions))
    return undefined;
  const name = fetch.operationName;
  return {
    subgraph: fetch.serviceName,
    query: stripIgnoredCharacters(
      print({ ...operation, name: name ? { kind: Kind.NAME, value: name } : undefined }),
    ),
    planQuery: fetch.operation,
    operationName: name,
    variableUsages: fetch.variableUsages ?? [],
  };
}

/**
 * The selections in an order of their own (fields, aliases, arguments and what they select),
 * so that two lists of the same selections compare equal; undefined when a response name comes
 * twice (the planner merges such fields). Plain selections only: fields.
 */
function canonical(set: SelectionSetNode | undefined): string | undefined {
  if (!set) return '';
  const names = new Set<string>();
  const fields: string[] = [];
  for (const selection of set.selections) {
    const field = selection as FieldNode;
    const responseName = field.alias?.value ?? field.name.value;
    if (names.has(responseName)) return undefined;
    names.add(responseName);
    const below = canonical(field.selectionSet);
    if (below === undefined) return undefined;
    const args = (field.arguments ?? []).map((a) => print(a)).sort();
    fields.push(`${responseName}:${field.name.value}(${args.join(' ')}){${below}}`);
  }
  return fields.sort().join(' ');
}

/** No fragment and no directive anywhere in it. */
function plain(operation: OperationDefinitionNode): boolean {
  let found = false;
  const stop = () => {
    found = true;
    return BREAK;
  };
  visit(operation, { Directive: stop, FragmentSpread: stop, InlineFragment: stop });
  return !found;
}

/** Variable definitions, in an order of their own. */
function printed(definitions: readonly VariableDefinitionNode[] | undefined): string {
  return (definitions ?? [])
    .map((d) => print(d))
    .sort()
    .join(' ');
}
