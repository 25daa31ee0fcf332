import type { ApolloServer } from '@apollo/server';
import { executorOperationReuse, reuseExecutorOperations } from '../reused-operations';
import { startThingsGateway } from './things-gateway';

const query = `
  query Things($withName: Boolean!) {
    things { id name @include(if: $withName) ...More }
  }
  fragment More on Thing { id }
`;

async function dataOf(server: ApolloServer, withName: boolean): Promise<unknown> {
  const response = await server.executeOperation({ query, variables: { withName } });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  expect(response.body.singleResult.errors).toBeUndefined();
  return response.body.singleResult.data;
}

describe('reuseExecutorOperations', () => {
  let server: ApolloServer;
  beforeAll(async () => {
    reuseExecutorOperations();
    reuseExecutorOperations(); // installing twice changes nothing
    server = await startThingsGateway([
      { id: '1', name: 'one' },
      { id: '2', name: 'two' },
    ]);
  });
  afterAll(() => server.stop());

  it('is on the path Apollo Gateway’s executor takes', () => {
    expect(executorOperationReuse().installed).toBe(true);
  });

  it('builds an operation once, then hands the executor the same one, right for every request’s variables', async () => {
    expect(await dataOf(server, true)).toEqual({
      things: [
        { id: '1', name: 'one' },
        { id: '2', name: 'two' },
      ],
    });
    const afterFirst = executorOperationReuse();

    expect(await dataOf(server, false)).toEqual({ things: [{ id: '1' }, { id: '2' }] });
    expect(await dataOf(server, true)).toEqual({
      things: [
        { id: '1', name: 'one' },
        { id: '2', name: 'two' },
      ],
    });
    const afterThird = executorOperationReuse();
    expect(afterThird.calls - afterFirst.calls).toBe(2); // the executor asked for each request
    expect(afterThird.builds - afterFirst.builds).toBe(0); // and was answered from the first
  });

  it('builds anew for another query text', async () => {
    const before = executorOperationReuse();
    const response = await server.executeOperation({ query: '{ things { name } }' });
    expect(response.body.kind === 'single' && response.body.singleResult.data).toEqual({
      things: [{ name: 'one' }, { name: 'two' }],
    });
    expect(executorOperationReuse().builds).toBeGreaterThan(before.builds);
  });
});
