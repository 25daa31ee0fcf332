import {
  DemoUsers,
  issueDevToken,
  type AuthenticatedUser,
  type DemoUserHandle,
} from '@salesgraph/identity';
import { postGraphQL, type GraphQLResponse } from '@salesgraph/testing';
import { stackInfo } from './stack-info';

/** A token as the identity provider of the test stack would issue it. */
export async function tokenFor(user: AuthenticatedUser, expiresIn = '10m'): Promise<string> {
  const { issuer } = stackInfo();
  return issueDevToken(issuer.privateJwk, user, {
    issuer: issuer.url,
    audience: issuer.audience,
    expiresIn,
  });
}

/** Queries the gateway as a front end would: with a bearer token. */
export async function asUser<TData = Record<string, unknown>>(
  who: DemoUserHandle | AuthenticatedUser,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLResponse<TData>> {
  const user = typeof who === 'string' ? DemoUsers[who] : who;
  return postGraphQL<TData>(
    stackInfo().gatewayUrl,
    { query, variables },
    { authorization: `Bearer ${await tokenFor(user)}` },
  );
}
