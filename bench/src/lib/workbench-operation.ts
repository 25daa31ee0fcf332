import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// From dist/lib or src/lib alike: the workbench's sources sit three folders up.
const workbenchSource = join(__dirname, '..', '..', '..', 'apps', 'workbench', 'src');

/**
 * The text of one named operation of the workbench (a `graphql(`...`)` literal
 * of one of its `*.operations.ts` files, as the gateway's cost spec reads
 * them), so that a benchmark measures what a screen sends and cannot drift
 * from it. `file` is relative to apps/workbench/src.
 */
export function workbenchOperation(file: string, name: string): string {
  const source = readFileSync(join(workbenchSource, file), 'utf8');
  const literals = [...source.matchAll(/\bgraphql\(\s*`([^`]*)`\s*\)/g)].map((m) => m[1]);
  const named = new RegExp(`^\\s*(query|mutation|subscription)\\s+${name}\\b`);
  const found = literals.filter((literal) => named.test(literal));
  if (found.length !== 1)
    throw new Error(`${file} holds ${found.length} operations named ${name}, not one`);
  // A fragment spread by name lives in another literal, which this does not gather: refuse.
  const spread = /\.\.\.\s*(?!on\b)[A-Za-z_]\w*/.exec(found[0]);
  if (spread) throw new Error(`${name} in ${file} spreads ${spread[0]}: not supported here`);
  return found[0].trim();
}
