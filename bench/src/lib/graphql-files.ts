import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { workbenchOperation } from './workbench-operation';

/** Where a benchmark's query comes from: a file of bench/queries/, or an operation the workbench sends. */
export type QuerySource = { file: string } | { workbench: string; operation: string };

/** The text of a query. */
export function queryText(source: QuerySource): string {
  if ('workbench' in source) return workbenchOperation(source.workbench, source.operation);
  // From dist/lib or src/lib alike: the queries sit beside src/ and dist/.
  return readFileSync(join(__dirname, '..', '..', 'queries', source.file), 'utf8');
}

/** A query as the JSON body of a GraphQL POST. */
export function queryBody(source: QuerySource, variables?: Record<string, unknown>): string {
  return JSON.stringify({ query: queryText(source), variables });
}

/**
 * The key-account screen's query (every subgraph), for the account manager's
 * own key account: Globex, the demo's first account (packages/demo-data).
 */
export const keyAccountQuery = {
  source: {
    workbench: 'roles/account-manager/key-account.operations.ts',
    operation: 'KeyAccount',
  },
  variables: { id: 'a0000000-0000-4000-8000-000000000001' },
} satisfies { source: QuerySource; variables: Record<string, unknown> };
