import { buildSchema, execute, parse } from 'graphql';
import { OperationMerger, splitAnswer } from '../merged-operations';

const schema = buildSchema(`
  type Product { id: ID! sku: String! name: String! }
  type Query { product(id: ID!): Product  products(first: Int!): [Product!]!  broken: Product! }
  type Mutation { touch: Boolean }
`);
const products = [1, 2, 3].map((n) => ({ id: `p${n}`, sku: `SKU-${n}`, name: `Product ${n}` }));
const rootValue = {
  product: ({ id }: { id: string }) => {
    if (id === 'bad') throw new Error('refused');
    return products.find((p) => p.id === id) ?? null;
  },
  products: ({ first }: { first: number }) => products.slice(0, first),
  broken: () => {
    throw new Error('no such thing');
  },
};

/** The answer as a subgraph sends it, without the errors' locations (they are in the merged text). */
async function run(query: string, variables?: Record<string, unknown>) {
  const result = await execute({
    schema,
    document: parse(query),
    rootValue,
    variableValues: variables,
  });
  const answer = JSON.parse(JSON.stringify(result));
  for (const error of answer.errors ?? []) delete error.locations;
  return answer;
}

describe('OperationMerger', () => {
  it('answers each member as its own call would have', async () => {
    const members = [
      {
        query: 'query V__order__1($id: ID!) { product(id: $id) { sku } }',
        variables: { id: 'p2' },
      },
      {
        query:
          'query V__order__2($id: ID!, $n: Int!) { first: product(id: $id) { ...F } products(first: $n) { id } } fragment F on Product { name }',
        variables: { id: 'p1', n: 2 },
      },
      { query: '{ products(first: 1) { sku } bad: product(id: "bad") { sku } }' },
    ];
    const merged = new OperationMerger().merge(members)!;
    expect(merged).toBeDefined();
    const parts = merged.split(await run(merged.query, merged.variables));
    for (const [i, member] of members.entries())
      expect(parts[i]).toEqual(await run(member.query, member.variables));
  });

  it('names the merged operation after its members, for the subgraph logs', () => {
    const merged = new OperationMerger().merge([
      { query: 'query V__order__3 { products(first: 1) { id } }' },
      { query: 'query V__order__5 { products(first: 2) { id } }' },
    ])!;
    expect(merged.query).toMatch(/^query V__order__3_5 \{/);
  });

  it('gives each member the errors on its own paths, without the prefix', async () => {
    const members = [{ query: '{ broken { id } }' }, { query: '{ product(id: "p3") { sku } }' }];
    const merged = new OperationMerger().merge(members)!;
    const answer = await run(merged.query, merged.variables);
    // A failed non-null root field nulls the whole merged answer: batchingFetch then sends the
    // members alone. With data, the split still puts the error where it belongs.
    expect(answer.data).toBeNull();
    const [first, second] = splitAnswer(
      { data: { b1_product: { sku: 'SKU-3' } }, errors: [{ message: 'x', path: ['b0_broken'] }] },
      2,
    );
    expect(first).toEqual({ data: {}, errors: [{ message: 'x', path: ['broken'] }] });
    expect(second).toEqual({ data: { product: { sku: 'SKU-3' } } });
  });

  it('gives errors without a path, and the extensions, to every member', () => {
    const parts = splitAnswer(
      { data: {}, errors: [{ message: 'for all' }], extensions: { cost: 1 } },
      2,
    );
    for (const part of parts)
      expect(part).toEqual({ data: {}, errors: [{ message: 'for all' }], extensions: { cost: 1 } });
  });

  it('merges queries only, with nothing but fields at their root', () => {
    const merger = new OperationMerger();
    const query = { query: '{ products(first: 1) { id } }' };
    expect(merger.merge([query, { query: 'mutation { touch }' }])).toBeUndefined();
    expect(
      merger.merge([query, { query: '{ ... on Query { products(first: 1) { id } } }' }]),
    ).toBeUndefined();
    expect(
      merger.merge([
        query,
        { query: '{ a: products(first: 1) { id } } query B { broken { id } }' },
      ]),
    ).toBeUndefined();
  });
});
