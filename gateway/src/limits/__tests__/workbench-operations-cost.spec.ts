import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Supergraph } from '@apollo/federation-internals';
import {
  Kind,
  parse,
  validate,
  visit,
  type ASTNode,
  type DefinitionNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
} from 'graphql';
import { DEFAULT_LIMIT_MAX_COST } from '../../config';
import { defaultSupergraphPath } from '../../supergraph/load-supergraph';
import { platformListBounds } from '../list-bounds';
import { operationCost } from '../operation-cost';

const workbenchSource = join(__dirname, '..', '..', '..', '..', 'apps', 'workbench', 'src');

/**
 * The documents of the workbench as its code generator reads them: every
 * `graphql(`...`)` of its `*.operations.ts` files (the client preset allows
 * no interpolation, so the literal is the whole document; a fragment is
 * spread by name from any file).
 */
function workbenchDefinitions(): Array<{ file: string; definition: DefinitionNode }> {
  const files = readdirSync(workbenchSource, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.operations.ts'))
    .sort();
  return files.flatMap((file) => {
    const source = readFileSync(join(workbenchSource, file), 'utf8');
    const literals = [...source.matchAll(/\bgraphql\(\s*`([^`]*)`\s*\)/g)].map((m) => m[1]);
    // A call this pattern missed would go unmeasured: refuse rather than pass quietly.
    expect({ file, documents: literals.length }).toEqual({
      file,
      documents: source.split(/\bgraphql\(/).length - 1,
    });
    return literals.flatMap((literal) =>
      parse(literal).definitions.map((definition) => ({ file, definition })),
    );
  });
}

/**
 * Issue 15: the gateway refused the rep's quote screen (DealQuotes cost
 * 403,401 against 250,000) and nothing said so before a browser did. Every
 * operation the workbench sends is measured here as the gateway measures it
 * (its own operationCost, list bounds and API schema), with the variables'
 * defaults: page sizes the screens send should be written in the operation.
 */
describe('the workbench’s operations under the gateway’s cost limit', () => {
  const schema = Supergraph.build(readFileSync(defaultSupergraphPath, 'utf8'))
    .apiSchema()
    .toGraphQLJSSchema();
  const definitions = workbenchDefinitions();
  const fragments = definitions
    .map((d) => d.definition)
    .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION);
  const operations = definitions.filter(
    (d): d is { file: string; definition: OperationDefinitionNode } =>
      d.definition.kind === Kind.OPERATION_DEFINITION,
  );
  const costs = operations.map(({ file, definition }) => {
    const name = definition.name?.value ?? `(unnamed in ${file})`;
    // The document codegen sends: the operation and the fragments it spreads, however deep.
    const document: DocumentNode = {
      kind: Kind.DOCUMENT,
      definitions: [definition, ...fragmentsSpreadBy(definition, fragments)],
    };
    return {
      name,
      file,
      errors: validate(schema, document).map((e) => e.message),
      cost: operationCost(schema, document, definition, {}, platformListBounds),
    };
  });

  it('finds the workbench’s operations, each valid against the API schema', () => {
    expect(operations.length).toBeGreaterThan(50);
    expect(operations.map((o) => o.definition.name?.value)).toContain('DealQuotes');
    expect(costs.filter((c) => c.errors.length)).toEqual([]);
  });

  it(`costs each at most the default LIMIT_MAX_COST (${DEFAULT_LIMIT_MAX_COST})`, () => {
    const refused = costs
      .filter((c) => c.cost > DEFAULT_LIMIT_MAX_COST)
      .map((c) => `${c.name} (${c.file}) costs ${c.cost}`);
    expect(refused).toEqual([]);
  });
});

/** The fragments `node` spreads, and those they spread. */
function fragmentsSpreadBy(
  node: ASTNode,
  all: readonly FragmentDefinitionNode[],
): FragmentDefinitionNode[] {
  const byName = new Map(all.map((f) => [f.name.value, f]));
  const found = new Map<string, FragmentDefinitionNode>();
  const walk = (from: ASTNode) =>
    visit(from, {
      FragmentSpread(spread) {
        const fragment = byName.get(spread.name.value);
        if (fragment && !found.has(fragment.name.value)) {
          found.set(fragment.name.value, fragment);
          walk(fragment);
        }
      },
    });
  walk(node);
  return [...found.values()];
}
