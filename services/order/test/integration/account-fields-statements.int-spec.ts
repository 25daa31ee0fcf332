import { randomUUID } from 'node:crypto';
import { DemoUsers } from '@salesgraph/identity';
import {
  countSqlStatements,
  expectData,
  metricSum,
  parsePrometheusText,
} from '@salesgraph/testing';
import { startOrderService, type OrderSut } from './support/order-test-kit';

const { admin } = DemoUsers;
const operation = 'AccountFields';
const accountFields = `query ${operation}($r: [_Any!]!) { _entities(representations: $r) {
  ... on Account { orders(limit: 5) { id } contracts(limit: 5) { id } revenue { booked invoiced } } } }`;

/**
 * What the gateway asks the order service for a list of accounts: their
 * orders, contracts and revenue in one `_entities` call. The service's own
 * count of each request's statements (salesgraph_graphql_sql_statements) is
 * exact, and the same for 100 accounts as for 10.
 */
describe('SQL statements per request, as the order service counts them', () => {
  let sut: OrderSut;

  beforeAll(async () => {
    // The relay stays asleep and no events flow: every statement is the requests'.
    sut = await startOrderService('orderstmtmetric', { OUTBOX_POLL_INTERVAL_MS: '3600000' });
  });
  afterAll(async () => {
    await sut?.stop();
  });

  const statementsCounted = async () => {
    const samples = parsePrometheusText(await sut.service.metrics.text());
    return {
      sum: metricSum(samples, 'salesgraph_graphql_sql_statements_sum', { operation }),
      requests: metricSum(samples, 'salesgraph_graphql_sql_statements_count', { operation }),
    };
  };

  async function accounts(count: number) {
    const ids = Array.from({ length: count }, () => randomUUID());
    const before = await statementsCounted();
    const { result, count: sent } = await countSqlStatements(() =>
      sut.query<{ _entities: Array<{ orders: unknown[] } | null> }>(admin, accountFields, {
        r: ids.map((id) => ({ __typename: 'Account', id })),
      }),
    );
    const after = await statementsCounted();
    return {
      answered: expectData(result)._entities.length,
      sent,
      counted: after.sum - before.sum,
      requests: after.requests - before.requests,
    };
  }

  it('counts every statement of the request, once per request', async () => {
    await accounts(1); // the first request of a process may warm caches up
    const ten = await accounts(10);
    expect(ten.requests).toBe(1);
    expect(ten.counted).toBeGreaterThan(0);
    expect(ten.counted).toBe(ten.sent);
  });

  it('issues as many statements for 100 accounts as for 10', async () => {
    await accounts(1);
    const ten = await accounts(10);
    const hundred = await accounts(100);
    expect([ten.answered, hundred.answered]).toEqual([10, 100]);
    expect(hundred.counted).toBe(ten.counted);
  });
});
