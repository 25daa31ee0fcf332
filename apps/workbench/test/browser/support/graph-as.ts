import { DemoUsers, issueDevToken, type DemoUserHandle } from '@salesgraph/identity';
import { expectData, postGraphQL, type GraphQLResponse } from '@salesgraph/testing';
import { browserStack } from './browser-stack-info';

/**
 * The graph as another person acting at the same time as the browser (a
 * colleague moving an order first), or to read what the tests need to know.
 */
export async function graphAs<TData = Record<string, unknown>>(
  who: DemoUserHandle,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLResponse<TData>> {
  const { issuer, gatewayUrl } = browserStack();
  const token = await issueDevToken(issuer.privateJwk, DemoUsers[who], {
    issuer: issuer.url,
    audience: issuer.audience,
    expiresIn: '10m',
  });
  return postGraphQL<TData>(gatewayUrl, { query, variables }, { authorization: `Bearer ${token}` });
}

export async function graphData<TData = Record<string, unknown>>(
  who: DemoUserHandle,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<TData> {
  return expectData(await graphAs<TData>(who, query, variables));
}
