import type { Experimental_DidResolveQueryPlanCallback } from '@apollo/gateway';
import {
  BREAK,
  Kind,
  parse,
  print,
  visit,
  type DocumentNode,
  type OperationDefinitionNode,
  type VariableDefinitionNode,
} from 'graphql';

/** Apollo Gateway's plan for an operation (its query planner is not a dependency of ours). */
export type QueryPlan = Parameters<Experimental_DidResolveQueryPlanCallback>[0]['queryPlan'];

/** The one subgraph call whose answer is, as it comes, the answer to a client's read. */
export interface SingleFetch {
  readonly subgraph: string;
  /** The operation the plan sends the subgraph, and its name. */
  readonly query: string;
  readonly operationName: string | undefined;
  /** The variables that operation uses: the only ones the plan sends. */
  readonly variableUsages: readonly string[];
}

/**
 * The call, when a client's operation is a read that one subgraph answers with the very
 * selections the client asked for: the plan is one fetch from the root (nothing required from
 * another subgraph, no rewrites, no deferred part), and the operation the plan sends selects
 * what the client's selects, field for field, alias for alias, argument for argument, with the
 * same variables. Apollo Gateway then shapes the subgraph's data into itself, and Apollo
 * Server's answer is the subgraph's `data` (single-fetch-shortcut.ts).
 *
 * Deliberately narrow: an operation with a fragment or a directive anywhere, or one whose
 * selections the planner rewrote at all (a `__typename` added for an abstract type, a field
 * asked twice merged, a root `__typename` the gateway answers itself), gets undefined and the
 * full path. Those are where the gateway's shaping does something.
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
  if (print(operation.selectionSet) !== print(sent.selectionSet)) return undefined;
  if (printed(operation.variableDefinitions) !== printed(sent.variableDefinitions))
    return undefined;
  return {
    subgraph: fetch.serviceName,
    query: fetch.operation,
    operationName: fetch.operationName,
    variableUsages: fetch.variableUsages ?? [],
  };
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

function printed(definitions: readonly VariableDefinitionNode[] | undefined): string {
  return (definitions ?? []).map((d) => print(d)).join(' ');
}
