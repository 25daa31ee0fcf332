import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { aliasLimitRule } from '../alias-limit.rule';
import { costLimitRule } from '../cost-limit.rule';
import { depthLimitRule } from '../depth-limit.rule';

const schema = buildSchema(`
  type Query { node: Node, nodes(limit: Int): [Node!]! }
  type Node { id: ID!, child: Node, children(limit: Int): [Node!]! }
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

describe('depth limit', () => {
  it('allows the limit and refuses one more, through fragments too', () => {
    expect(errorsOf(`{ node { ${nest(4)} } }`, depthLimitRule(5))).toEqual([]);
    expect(errorsOf(`{ node { ${nest(5)} } }`, depthLimitRule(5))).toEqual(['QUERY_TOO_DEEP']);
    expect(
      errorsOf(`{ node { ...F } } fragment F on Node { ${nest(5)} }`, depthLimitRule(5)),
    ).toEqual(['QUERY_TOO_DEEP']);
  });
});

describe('alias limit', () => {
  it('counts aliases in every expansion of a fragment', () => {
    expect(errorsOf('{ a: node { id } b: node { id } }', aliasLimitRule(2))).toEqual([]);
    const query = '{ a: node { ...F } b: node { ...F } } fragment F on Node { x: id }';
    expect(errorsOf(query, aliasLimitRule(3))).toEqual(['TOO_MANY_ALIASES']);
  });
});

describe('cost limit', () => {
  it('multiplies what is under a list by its limit', () => {
    expect(errorsOf('{ nodes(limit: 10) { id } }', costLimitRule({ maxCost: 11 }))).toEqual([]);
    expect(
      errorsOf(
        '{ nodes(limit: 10) { id children(limit: 10) { id } } }',
        costLimitRule({ maxCost: 100 }),
      ),
    ).toEqual(['QUERY_TOO_COMPLEX']);
  });

  it('assumes the default list size when no limit is given', () => {
    expect(
      errorsOf('{ nodes { id } }', costLimitRule({ maxCost: 30, defaultListSize: 50 })),
    ).toEqual(['QUERY_TOO_COMPLEX']);
  });
});
