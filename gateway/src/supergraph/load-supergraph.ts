import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The checked-in supergraph, composed at build time (see scripts/compose-supergraph.ts). */
export const defaultSupergraphPath = join(__dirname, '..', '..', 'supergraph.graphql');

export function loadSupergraph(path = defaultSupergraphPath): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(
      `cannot read the supergraph at ${path}: ${(error as Error).message}. Run npm run supergraph:compose -w @salesgraph/gateway`,
    );
  }
}
