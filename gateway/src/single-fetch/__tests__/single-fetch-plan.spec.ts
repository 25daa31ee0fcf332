import type { ApolloServer } from '@apollo/server';
import { OperationTypeNode, parse, type OperationDefinitionNode } from 'graphql';
import { singleFetchOf, type SingleFetch } from '../single-fetch-plan';
import { startTwoSubgraphsGateway } from './two-subgraphs';

/**
 * Which operations Apollo Gateway's real planner sends to one subgraph exactly as asked: only
 * those may skip the gateway's shaping of the answer.
 */
describe('singleFetchOf, on the real planner’s plans', () => {
  let server: ApolloServer;
  let found: Array<SingleFetch | undefined> = [];

  beforeAll(async () => {
    server = await startTwoSubgraphsGateway({
      didPlan: ({ queryPlan, requestContext }) =>
        found.push(singleFetchOf(queryPlan, requestContext.document, requestContext.operation)),
    });
  });
  afterAll(() => server.stop());

  const planned = async (query: string, variables?: Record<string, unknown>) => {
    found = [];
    await server.executeOperation({ query, variables });
    expect(found).toHaveLength(1);
    return found[0];
  };

  it('gives the call for a read of one subgraph, with its operation and name', async () => {
    expect(await planned('query Things { things { id name size } }')).toEqual({
      subgraph: 'things',
      query: 'query Things__things__0{things{id name size}}',
      planQuery: 'query Things__things__0{things{id name size}}',
      operationName: 'Things__things__0',
      variableUsages: [],
    });
  });

  it('keeps aliases, arguments and variables, with their defaults', async () => {
    const fetch = await planned(
      'query One($id: ID!, $size: Size = SMALL) { one: thing(id: $id, size: $size) { label: name } }',
      { id: '1' },
    );
    expect(fetch?.subgraph).toBe('things');
    expect(fetch?.variableUsages).toEqual(['id', 'size']);
    expect(fetch?.query).toBe(
      'query One__things__0($id:ID!$size:Size=SMALL){one:thing(id:$id size:$size){label:name}}',
    );
  });

  it.each([
    ['a read of two subgraphs', '{ things { id reviews } }'],
    ['a mutation', 'mutation { rename(id: "1", name: "n") { id } }'],
    ['a fragment spread', '{ things { ...F } } fragment F on Thing { id }'],
    ['an inline fragment', '{ things { ... on Thing { id } } }'],
    ['a directive', '{ things { id name @include(if: true) } }'],
    ['a root __typename, which the gateway answers', '{ __typename things { id } }'],
    ['an abstract type, for which the planner adds __typename', '{ named { name } }'],
    ['a field asked twice, which the planner merges', '{ things { id id } }'],
  ])('gives none for %s', async (_, query) => {
    expect(await planned(query)).toBeUndefined();
  });

  it('sends the client’s own operation where the plan lists the same selections in another order', () => {
    const document = parse('query Me($n: Int!) { me { id leads(limit: $n) { id company } } }');
    const operation = document.definitions[0] as OperationDefinitionNode;
    const planQuery = 'query Me__lead__0($n:Int!){me{leads(limit:$n){company id}id}}';
    const plan = {
      kind: 'QueryPlan' as const,
      node: {
        kind: 'Fetch' as const,
        serviceName: 'lead',
        variableUsages: ['n'],
        operation: planQuery,
        operationKind: OperationTypeNode.QUERY,
        operationName: 'Me__lead__0',
      },
    };
    expect(singleFetchOf(plan, document, operation)).toEqual({
      subgraph: 'lead',
      query: 'query Me__lead__0($n:Int!){me{id leads(limit:$n){id company}}}',
      planQuery,
      operationName: 'Me__lead__0',
      variableUsages: ['n'],
    });
    // Other selections, though as many: none.
    const other = {
      ...plan,
      node: { ...plan.node, operation: planQuery.replace('company', 'email') },
    };
    expect(singleFetchOf(other, document, operation)).toBeUndefined();
  });
});
