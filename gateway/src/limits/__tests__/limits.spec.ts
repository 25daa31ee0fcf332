import {
  buildSchema,
  parse,
  specifiedRules,
  validate,
  type OperationDefinitionNode,
} from 'graphql';
import { aliasLimitRule } from '../alias-limit.rule';
import { depthLimitRule } from '../depth-limit.rule';
import { directiveLimitRule } from '../directive-limit.rule';
import type { ListBounds } from '../list-bounds';
import { operationCost } from '../operation-cost';

const schema = buildSchema(`
  type Query { node: Node, nodes(limit: Int! = 50): [Node!]!, tags: [Tag!]! }
  type Node { id: ID!, child: Node, children(limit: Int! = 50): [Node!]!, tags: [Tag!]! }
  type Tag { name: String! }
`);

const errorsOf = (
  query: string,
  rule: Parameters<typeof validate>[2] extends readonly (infer R)[] | undefined ? R : never,
) =>
  validate(schema, parse(query), [...specifiedRules, rule]).map(
    (e) => e.extensions.code ?? e.message,
  );

const nest = (depth: number) =>
  Array.from({ length: depth - 1 }).reduce<string>((inner) => `child { ${inner} }`, 'id');

/** `levels` fragments, each spreading the next twice: 2^levels expansions in a few hundred bytes. */
const fanOut = (levels: number, body = (next: string) => `a: id ...${next} ...${next}`) =>
  [
    '{ node { ...F0 } }',
    ...Array.from({ length: levels }, (_, i) => `fragment F${i} on Node { ${body(`F${i + 1}`)} }`),
    `fragment F${levels} on Node { id }`,
  ].join('\n');

const timed = <T>(work: () => T): { result: T; ms: number } => {
  const started = performance.now();
  const result = work();
  return { result, ms: performance.now() - started };
};

describe('depth limit', () => {
  it('allows the limit and refuses one more, through fragments too', () => {
    expect(errorsOf(`{ node { ${nest(4)} } }`, depthLimitRule(5))).toEqual([]);
    expect(errorsOf(`{ node { ${nest(5)} } }`, depthLimitRule(5))).toEqual(['QUERY_TOO_DEEP']);
    expect(
      errorsOf(`{ node { ...F } } fragment F on Node { ${nest(5)} }`, depthLimitRule(5)),
    ).toEqual(['QUERY_TOO_DEEP']);
    expect(
      errorsOf(`{ node { ...F } } fragment F on Node { ${nest(4)} }`, depthLimitRule(5)),
    ).toEqual([]);
  });

  it('measures a 40-level fragment fan-out in linear time', () => {
    const deep = fanOut(40, (next) => `id child { ...${next} ...${next} }`);
    const { result, ms } = timed(() => errorsOf(deep, depthLimitRule(12)));
    expect(result).toContain('QUERY_TOO_DEEP');
    expect(ms).toBeLessThan(1_000);
  });
});

describe('alias limit', () => {
  it('counts aliases in every expansion of a fragment', () => {
    expect(errorsOf('{ a: node { id } b: node { id } }', aliasLimitRule(2))).toEqual([]);
    const query = '{ a: node { ...F } b: node { ...F } } fragment F on Node { x: id }';
    expect(errorsOf(query, aliasLimitRule(3))).toEqual(['TOO_MANY_ALIASES']);
    expect(errorsOf(query, aliasLimitRule(4))).toEqual([]);
  });

  it('counts 2^40 aliases of a fan-out without expanding it', () => {
    const { result, ms } = timed(() => errorsOf(fanOut(40), aliasLimitRule(30)));
    expect(result).toContain('TOO_MANY_ALIASES');
    expect(ms).toBeLessThan(1_000);
  });
});

describe('directive limit', () => {
  it('counts directives in every expansion of a fragment', () => {
    const query =
      '{ a: node { ...F } b: node { ...F } } fragment F on Node { id @skip(if: false) }';
    expect(errorsOf(query, directiveLimitRule(2))).toEqual([]);
    expect(errorsOf(query, directiveLimitRule(1))).toEqual(['TOO_MANY_DIRECTIVES']);
  });
});

describe('operation cost', () => {
  const bounds: ListBounds = {
    pageArguments: ['limit', 'first'],
    pageMax: {},
    defaultPageMax: 200,
    unpaged: { 'Node.tags': 3 },
    defaultUnpaged: 200,
  };
  const costOf = (query: string, variables: Record<string, unknown> = {}) => {
    const document = parse(query);
    return operationCost(
      schema,
      document,
      document.definitions[0] as OperationDefinitionNode,
      variables,
      bounds,
    );
  };

  it('multiplies what is under a list by its page size', () => {
    expect(costOf('{ nodes(limit: 10) { id } }')).toBe(1 + 10);
    expect(costOf('{ nodes(limit: 10) { id children(limit: 10) { id } } }')).toBe(
      1 + 10 * (1 + 1 + 10),
    );
  });

  it('takes a page size given as a variable at its real value, up to the service ceiling', () => {
    const query = 'query($n: Int!) { nodes(limit: $n) { id } }';
    expect(costOf(query, { n: 7 })).toBe(1 + 7);
    expect(costOf(query, { n: 200 })).toBe(1 + 200);
    expect(costOf(query, { n: 100_000 })).toBe(1 + 200);
    expect(costOf('query($n: Int! = 20) { nodes(limit: $n) { id } }')).toBe(1 + 20);
  });

  it('takes an omitted page size at the argument’s default', () => {
    expect(costOf('{ nodes { id } }')).toBe(1 + 50);
  });

  it('bounds a list without a page argument by what the service returns', () => {
    expect(costOf('{ tags { name } }')).toBe(1 + 200);
    expect(costOf('{ node { tags { name } } }')).toBe(1 + 1 + 3);
  });

  it('measures each fragment once: a 40-level fan-out costs 2^40 at once', () => {
    const { result, ms } = timed(() => costOf(fanOut(40)));
    expect(result).toBeGreaterThan(2 ** 40);
    expect(ms).toBeLessThan(100);
  });

  it('does not count __typename, which clients such as urql add to every selection', () => {
    expect(costOf('{ nodes(limit: 10) { __typename id tags { __typename name } } }')).toBe(
      costOf('{ nodes(limit: 10) { id tags { name } } }'),
    );
  });

  it('counts a fragment at every spread, inside lists too', () => {
    const query = '{ nodes(limit: 5) { ...F ...F } } fragment F on Node { id }';
    expect(costOf(query)).toBe(1 + 5 * 2);
  });
});
