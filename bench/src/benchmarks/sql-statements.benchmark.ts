import type { DemoUserHandle } from '@salesgraph/identity';
import type { BenchOptions } from '../lib/bench-options';
import { keyAccountQuery, queryText, type QuerySource } from '../lib/graphql-files';
import { round, sum } from '../lib/figures';
import type { BenchPlatform, ServiceName } from '../platform/bench-platform';

export interface StatementFigures {
  description: string;
  user: DemoUserHandle;
  requests: number;
  /** Items the list answered with (1 for the key account). */
  items: number;
  /** Mean SQL statements per request, by service, from each service's salesgraph_graphql_sql_statements. */
  perService: Record<ServiceName, number>;
  total: number;
}

export interface SqlStatementsResult {
  /** Accounts the benchmark created so that the list of 100 has 100. */
  seededAccounts: number;
  queries: Record<string, StatementFigures>;
}

const subgraphs: ServiceName[] = ['account', 'lead', 'order', 'planning', 'notification'];

interface QuerySpec {
  name: string;
  description: string;
  source: QuerySource;
  user: DemoUserHandle;
  variables?: Record<string, unknown>;
}

const queries: QuerySpec[] = [
  {
    name: 'keyAccount',
    description: "the workbench's key-account query as an account manager",
    ...keyAccountQuery,
    user: 'accountManager',
  },
  ...[10, 100].map((limit) => ({
    name: `accountList${limit}`,
    description: `accounts(limit: ${limit}) as an admin, with health (account), opportunities (lead), orders, contracts and revenue (order), plan (planning)`,
    source: { file: 'account-list.graphql' },
    user: 'admin' as const,
    variables: { limit },
  })),
];

/** The sum over every operation of one histogram's `_sum` series, or its `_count` series. */
export function sumOfSeries(metricsText: string, series: string): number {
  let total = 0;
  for (const line of metricsText.split('\n'))
    if (line.startsWith(`${series}{`) || line.startsWith(`${series} `))
      total += Number(line.slice(line.lastIndexOf(' ') + 1));
  return total;
}

async function statementTotals(
  platform: BenchPlatform,
): Promise<Record<ServiceName, { statements: number; operations: number }>> {
  const entries = await Promise.all(
    subgraphs.map(async (service) => {
      const response = await fetch(platform.metricsUrls[service]);
      if (!response.ok)
        throw new Error(`${service} metrics: ${response.status} ${await response.text()}`);
      const text = await response.text();
      return [
        service,
        {
          statements: sumOfSeries(text, 'salesgraph_graphql_sql_statements_sum'),
          operations: sumOfSeries(text, 'salesgraph_graphql_sql_statements_count'),
        },
      ] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<
    ServiceName,
    { statements: number; operations: number }
  >;
}

async function graphql(
  platform: BenchPlatform,
  token: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<Record<string, unknown>> {
  const response = await fetch(platform.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (!response.ok || body.errors || !body.data)
    throw new Error(`gateway answered ${response.status}: ${JSON.stringify(body).slice(0, 800)}`);
  return body.data;
}

/**
 * Creates accounts as an admin until the admin sees `wanted` of them. Named
 * to sort after the demo accounts: the list of 10 then holds the demo ones,
 * with orders, deals and plans, as the list of 100 does; a list of empty
 * accounts would skip the statements that load what it has.
 */
async function seedAccounts(platform: BenchPlatform, wanted: number): Promise<number> {
  const token = await platform.clientToken('admin');
  const seen = (await graphql(platform, token, 'query($l: Int!) { accounts(limit: $l) { id } }', {
    l: wanted,
  })) as { accounts: unknown[] };
  const missing = Math.max(0, wanted - seen.accounts.length);
  const create = 'mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }';
  // A few at a time: seconds, not minutes, on a loaded machine, without a burst the platform would queue.
  for (let i = 0; i < missing; i += 5)
    await Promise.all(
      Array.from({ length: Math.min(5, missing - i) }, (_, j) =>
        graphql(platform, token, create, {
          input: {
            name: `Zz Bench Account ${String(i + j + 1).padStart(3, '0')}`,
            domain: `bench-${i + j + 1}.example`,
            segment: (['SMALL', 'MEDIUM', 'LARGE'] as const)[(i + j) % 3],
          },
        }),
      ),
    );
  return missing;
}

/**
 * Benchmark 4 of issue 17: the SQL statements one request through our gateway
 * makes each service send, for the key-account query and for lists of 10 and
 * 100 accounts with fields of every other subgraph. Read from the services'
 * own count (salesgraph_graphql_sql_statements, per request) before and after
 * a few requests of each query, one at a time, nothing else calling. Flat
 * means the list of 100 costs the same statements as the list of 10.
 */
export async function sqlStatementsBenchmark(
  platform: BenchPlatform,
  options: BenchOptions,
  say: (line: string) => void,
): Promise<SqlStatementsResult> {
  const seededAccounts = await seedAccounts(platform, 100);
  say(`    seeded ${seededAccounts} accounts so that 100 come back`);
  const repeat = options.reduced ? 1 : 3;
  const result: SqlStatementsResult = { seededAccounts, queries: {} };
  for (const spec of queries) {
    const token = await platform.clientToken(spec.user);
    const text = queryText(spec.source);
    // Once first, uncounted: a first request warms what a process caches for good (none of it per request).
    const first = await graphql(platform, token, text, spec.variables);
    const answer = Object.values(first)[0];
    const items = Array.isArray(answer) ? answer.length : answer ? 1 : 0;
    const expected = (spec.variables?.limit as number | undefined) ?? 1;
    if (items !== expected)
      throw new Error(`${spec.name} answered ${items} items, not ${expected}`);
    const before = await statementTotals(platform);
    for (let i = 0; i < repeat; i++) await graphql(platform, token, text, spec.variables);
    const after = await statementTotals(platform);
    const perService = Object.fromEntries(
      subgraphs.map((service) => [
        service,
        round((after[service].statements - before[service].statements) / repeat),
      ]),
    ) as Record<ServiceName, number>;
    const total = round(sum(Object.values(perService)));
    say(`    ${spec.name}: ${total} statements per request (${JSON.stringify(perService)})`);
    result.queries[spec.name] = {
      description: spec.description,
      user: spec.user,
      requests: repeat,
      items,
      perService,
      total,
    };
  }
  return result;
}
