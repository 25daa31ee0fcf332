import * as federationOperations from '@apollo/federation-internals/dist/operations';
import type { DefinitionNode, DocumentNode } from 'graphql';

type OperationFromDocument = typeof federationOperations.operationFromDocument;
type Operation = ReturnType<OperationFromDocument>;
type Schema = Parameters<OperationFromDocument>[0];

interface Built {
  readonly definitions: readonly DefinitionNode[];
  readonly operation: Operation;
}

const original = federationOperations.operationFromDocument;
const built = new WeakMap<Schema, WeakMap<DefinitionNode, Built>>();
const stats = { calls: 0, builds: 0 };

/**
 * Apollo Gateway's executor (`executeQueryPlan`) turns the request's operation
 * into federation's own `Operation` on every request, to shape the response,
 * though the plan for the same operation comes from its cache. That was 4.6 %
 * of the gateway's CPU under the lead list and 6.9 % under the key-account
 * query.
 *
 * Apollo Server keeps one parsed document per query text, so every request of
 * a query hands the executor the same definition nodes: the `Operation` built
 * from them the first time is built again only when a node differs. Only the
 * executor's call (`validate: false`, no operation name) is answered this way;
 * the planner's (on a plan-cache miss) is left alone. The executor only reads
 * the operation (result shaping and `@skip`/`@include` conditions).
 *
 * The executor reaches `operationFromDocument` through the package's exports
 * at every call, so replacing the export reaches it; `executorOperationReuse`
 * reports whether it does, and a test fails when an upgrade changes that.
 */
export function reuseExecutorOperations(): void {
  if (federationOperations.operationFromDocument !== original) return;
  (federationOperations as { operationFromDocument: OperationFromDocument }).operationFromDocument =
    reusing;
}

function reusing(...[schema, document, options]: Parameters<OperationFromDocument>): Operation {
  stats.calls++;
  if (
    options?.validate !== false ||
    options.operationName !== undefined ||
    !document.definitions[0]
  )
    return build(schema, document, options);
  const first = document.definitions[0];
  let ofSchema = built.get(schema);
  if (!ofSchema) built.set(schema, (ofSchema = new WeakMap()));
  const known = ofSchema.get(first);
  if (known && sameDefinitions(known.definitions, document)) return known.operation;
  const operation = build(schema, document, options);
  ofSchema.set(first, { definitions: [...document.definitions], operation });
  return operation;
}

function build(...args: Parameters<OperationFromDocument>): Operation {
  stats.builds++;
  return original(...args);
}

function sameDefinitions(known: readonly DefinitionNode[], document: DocumentNode): boolean {
  const { definitions } = document;
  return known.length === definitions.length && known.every((d, i) => d === definitions[i]);
}

/**
 * Whether the executor's path to `operationFromDocument` goes through the
 * reuse, how often it was called and how often it built an operation.
 */
export function executorOperationReuse(): { installed: boolean; calls: number; builds: number } {
  // The executor reads it from the package's index, which re-exports the operations module.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const index = require('@apollo/federation-internals') as {
    operationFromDocument: OperationFromDocument;
  };
  return { installed: index.operationFromDocument === reusing, ...stats };
}
