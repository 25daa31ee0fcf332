import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A query of bench/queries/, as the JSON body of a GraphQL POST. */
export function queryBody(file: string): string {
  return JSON.stringify({ query: queryText(file) });
}

/** The text of a query of bench/queries/. */
export function queryText(file: string): string {
  // From dist/lib or src/lib alike: the queries sit beside src/ and dist/.
  return readFileSync(join(__dirname, '..', '..', 'queries', file), 'utf8');
}
