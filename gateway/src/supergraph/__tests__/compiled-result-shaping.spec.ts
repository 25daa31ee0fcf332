import {
  buildSchema,
  isCompositeType,
  isEnumType,
  isListType,
  isNonNullType,
  operationFromDocument,
  possibleRuntimeTypes,
  type Operation,
  type Schema,
  type SelectionSet,
  type Type,
} from '@apollo/federation-internals';
import { computeResponse as apollosComputeResponse } from '@apollo/gateway/dist/resultShaping';
import type { ApolloServer } from '@apollo/server';
import { parse } from 'graphql';
import {
  compileResultShaping,
  compiledComputeResponse,
  compiledResultShaping,
} from '../compiled-result-shaping';
import { startThingsGateway } from './things-gateway';

const schema: Schema = buildSchema(`
  scalar DateTime
  enum Status { OPEN CLOSED }
  interface Node { id: ID! }
  type Owner { id: ID! name: String }
  type Part implements Node { id: ID! n: Int! label: String }
  type Thing implements Node {
    id: ID! name: String! tags: [String!] status: Status! when: DateTime
    parts: [Part!]! score: Float count: Int flag: Boolean! owner: Owner
  }
  union Result = Thing | Part
  type Query {
    things: [Thing!]! node(id: ID!): Node search: [Result] total: Int! maybe: Thing
    grid: [[Int]!]
  }
`);

/** Operations over every branch of the shaping: lists, non-null, aliases, merged fields, fragments, conditions, __typename. */
const operations: Record<string, string> = {
  fields: `query Fields($a: Boolean!, $b: Boolean = true) {
    things { id name tags status when score count flag parts { n label } owner { id name @include(if: $a) } }
    total grid
    maybe @include(if: $b) { id }
  }`,
  merged: `query Merged {
    t1: things { id } t1: things { name owner { id } }
    things { parts { n } } things { parts { label } id: id }
    kind: __typename
  }`,
  fragments: `query Fragments($s: Boolean!) {
    node(id: "1") {
      __typename id
      ... on Thing { name status parts @skip(if: $s) { n } }
      ... on Part { n label }
      ...NodeId
    }
    search { __typename ... on Thing { id name } ... on Part { id n } t: __typename }
  }
  fragment NodeId on Node { id kind: __typename ... on Thing { name } ... on Part { label } }`,
  conditions: `query Conditions($a: Boolean!, $s: Boolean!) {
    maybe { id name owner @skip(if: true) { id } tags @include(if: false) }
    total @skip(if: $s)
    ... @include(if: $a) { things { id } }
    __typename
  }`,
};

/** A seeded generator, so that a failure can be run again. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Answers for a selection set: mostly right, sometimes wrong in every way a subgraph can be. */
function answerFor(next: () => number, selectionSet: SelectionSet): Record<string, unknown> {
  const answer: Record<string, unknown> = {};
  for (const selection of selectionSet.selections()) {
    if (selection.kind === 'FieldSelection') {
      const field = selection.element;
      if (field.name === '__typename') continue;
      if (next() < 0.03) continue; // missing
      answer[field.responseName()] = valueFor(next, field.definition.type!, selection.selectionSet);
    } else {
      Object.assign(answer, answerFor(next, selection.selectionSet));
    }
  }
  return answer;
}

const wrongValues = ['text', 7, 2.5, true, {}, 'OPEN', -3, Infinity];

function valueFor(next: () => number, type: Type, selectionSet?: SelectionSet): unknown {
  if (next() < 0.04) return null;
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) {
    if (next() < 0.01) return 'not a list';
    return Array.from({ length: Math.floor(next() * 4) }, () =>
      valueFor(next, inner.ofType, selectionSet),
    );
  }
  if (isCompositeType(inner)) {
    const object = answerFor(next, selectionSet!);
    const roll = next();
    const possible = possibleRuntimeTypes(inner).map((t) => t.name);
    if (roll < 0.03) object.__typename = 'Nonsense';
    else if (roll < 0.1) delete object.__typename;
    else object.__typename = possible[Math.floor(next() * possible.length)];
    return object;
  }
  if (next() < 0.08) return wrongValues[Math.floor(next() * wrongValues.length)];
  if (isEnumType(inner)) return next() < 0.5 ? 'OPEN' : 'CLOSED';
  switch (inner.name) {
    case 'Int':
      return Math.floor(next() * 100) - 50;
    case 'Float':
      return next() * 10;
    case 'Boolean':
      return next() < 0.5;
    case 'ID':
      return next() < 0.5 ? `id-${Math.floor(next() * 9)}` : Math.floor(next() * 9);
    case 'DateTime':
      return '2026-12-04T10:00:00Z';
    default:
      return `s${Math.floor(next() * 1000)}`;
  }
}

type Shaper = typeof compiledComputeResponse;

/** What a shaper gives, in a form two shapers can be compared by: key order included. */
function outcome(shape: Shaper, operation: Operation, input: unknown, variables: object) {
  try {
    const { data, errors } = shape({
      operation,
      variables: variables as Record<string, unknown>,
      input: input as Record<string, unknown>,
      introspectionHandling: () => ({ introspected: true }),
    });
    return {
      data: JSON.stringify(data),
      errors: errors.map((e) => ({ message: e.message, path: e.path, code: e.extensions.code })),
    };
  } catch (error) {
    return { thrown: (error as Error).message };
  }
}

describe('compiledComputeResponse', () => {
  it.each(Object.keys(operations))(
    'shapes %s as Apollo does, for right and wrong answers alike',
    (name) => {
      const operation = operationFromDocument(schema, parse(operations[name]), {
        validate: true,
      });
      const next = random(name.length * 7919);
      let errorsSeen = 0;
      for (let i = 0; i < 1500; i++) {
        const input = next() < 0.02 ? null : answerFor(next, operation.selectionSet);
        const variables = { a: next() < 0.5, s: next() < 0.5, b: next() < 0.5 };
        const expected = outcome(apollosComputeResponse, operation, input, variables);
        expect(outcome(compiledComputeResponse, operation, input, variables)).toEqual(expected);
        if ('thrown' in expected || expected.errors.length > 0) errorsSeen++;
      }
      // The generated answers reach the error paths, not only the happy one.
      expect(errorsSeen).toBeGreaterThan(100);
    },
  );

  it('asks the executor for introspection fields', () => {
    const operation = operationFromDocument(schema, parse('{ __schema { queryType { name } } }'), {
      validate: true,
    });
    const expected = outcome(apollosComputeResponse, operation, {}, {});
    expect(outcome(compiledComputeResponse, operation, {}, {})).toEqual(expected);
    expect(expected).toEqual({ data: '{"__schema":{"introspected":true}}', errors: [] });
  });
});

describe('compileResultShaping', () => {
  let server: ApolloServer;

  beforeAll(async () => {
    compileResultShaping();
    compileResultShaping(); // installing twice changes nothing
    server = await startThingsGateway([{ id: '1', name: 'one' }, { id: '2' }]);
  });
  afterAll(() => server.stop());

  it('is on the path Apollo Gateway’s executor takes, errors included', async () => {
    expect(compiledResultShaping().installed).toBe(true);
    const before = compiledResultShaping().calls;
    const response = await server.executeOperation({ query: '{ things { id name } }' });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    expect(compiledResultShaping().calls).toBe(before + 1);
    // The second thing has no name: the non-null list nulls, and with it the data.
    expect(response.body.singleResult.data).toBeNull();
    expect(response.body.singleResult.extensions?.valueCompletion).toEqual([
      expect.objectContaining({
        message: 'Cannot return null for non-nullable field Thing.name.',
        path: ['things', 1, 'name'],
      }),
    ]);
  });
});
