import { buildSchema, parse, type OperationDefinitionNode } from 'graphql';
import type { ListBounds } from '../list-bounds';
import { operationCost } from '../operation-cost';
import { RememberedCosts } from '../remembered-costs';

const bounds: ListBounds = {
  pageArguments: ['limit'],
  pageMax: {},
  defaultPageMax: 200,
  unpaged: {},
  defaultUnpaged: 200,
};

const schemaText = `
  type Query { node(id: ID!): Node, nodes(limit: Int! = 50): [Node!]! }
  type Node { id: ID!, children(limit: Int = 50): [Node!]! }
`;

const operationOf = (query: string) => {
  const document = parse(query);
  return { document, operation: document.definitions[0] as OperationDefinitionNode };
};

describe('RememberedCosts', () => {
  it('walks an operation once for values that set no page size', () => {
    const schema = buildSchema(schemaText);
    const walks = jest.spyOn(schema.getQueryType()!, 'getFields');
    const costs = new RememberedCosts(bounds);
    const { document, operation } = operationOf(
      'query($id: ID!) { node(id: $id) { id children(limit: 5) { id } } }',
    );

    const first = costs.costOf(schema, document, operation, { id: 'a' });
    const walked = walks.mock.calls.length;
    expect(walked).toBeGreaterThan(0);
    expect(costs.costOf(schema, document, operation, { id: 'b' })).toBe(first);
    expect(costs.costOf(schema, document, operation, { id: 'c' })).toBe(first);
    expect(walks.mock.calls.length).toBe(walked);
    expect(first).toBe(operationCost(schema, document, operation, { id: 'a' }, bounds));
  });

  it('measures again for a new page size, and agrees with operationCost for each', () => {
    const schema = buildSchema(schemaText);
    const costs = new RememberedCosts(bounds);
    const { document, operation } = operationOf(
      'query($n: Int!, $m: Int) { nodes(limit: $n) { id children(limit: $m) { id } } }',
    );
    for (const variables of [
      { n: 1, m: 1 },
      { n: 10, m: 1 },
      { n: 10, m: 10 },
      { n: 1, m: 1 },
      { n: 1, m: null },
      { n: 1 },
      { n: 100_000, m: 3 },
    ]) {
      expect(costs.costOf(schema, document, operation, variables)).toBe(
        operationCost(schema, document, operation, variables, bounds),
      );
    }
  });

  it('tells a variable left out (its default) from one sent as null', () => {
    const schema = buildSchema(schemaText);
    const costs = new RememberedCosts(bounds);
    const { document, operation } = operationOf(
      'query($n: Int = 3) { node(id: "x") { children(limit: $n) { id } } }',
    );
    const omitted = costs.costOf(schema, document, operation, {});
    const sentNull = costs.costOf(schema, document, operation, { n: null });
    expect(omitted).toBe(1 + 1 + 3);
    expect(sentNull).toBe(1 + 1 + 200); // not a usable number: the ceiling
  });

  it('keeps operations and schemas apart', () => {
    const schema = buildSchema(schemaText);
    const other = buildSchema(schemaText.replace('Int! = 50', 'Int! = 7'));
    const costs = new RememberedCosts(bounds);
    const a = operationOf('{ nodes { id } }');
    const b = operationOf('{ nodes { id children { id } } }');
    expect(costs.costOf(schema, a.document, a.operation, {})).toBe(1 + 50);
    expect(costs.costOf(schema, b.document, b.operation, {})).toBe(1 + 50 * (1 + 1 + 50));
    expect(costs.costOf(other, a.document, a.operation, {})).toBe(1 + 7);
  });
});
