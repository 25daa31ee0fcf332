import { INTERNAL_TOKEN_HEADER, type AuthenticatedUser } from '@salesgraph/identity';
import { internalTokenFor } from './test-keys';

export interface GraphQLResponse<TData = Record<string, unknown>> {
  status: number;
  data?: TData | null;
  errors?: Array<{
    message: string;
    path?: Array<string | number>;
    extensions?: Record<string, unknown> & { code?: string };
  }>;
  /** The response headers (not enumerable: a response compared or printed whole stays as it was). */
  headers: Headers;
}

/** Posts a GraphQL operation to `url` (…/graphql) with whatever headers the test wants. */
export async function postGraphQL<TData = Record<string, unknown>>(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<TData>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let json: Record<string, unknown> = {};
  try {
    json = JSON.parse(text);
  } catch {
    json = { errors: [{ message: `non-JSON response: ${text.slice(0, 200)}` }] };
  }
  const result = { status: response.status, ...(json as object) } as GraphQLResponse<TData>;
  Object.defineProperty(result, 'headers', { value: response.headers, enumerable: false });
  return result;
}

/** Calls a subgraph directly, as the gateway would, acting as `user`. */
export function subgraphClient(baseUrl: string, subgraph: string) {
  return async function query<TData = Record<string, unknown>>(
    user: AuthenticatedUser,
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GraphQLResponse<TData>> {
    const token = await internalTokenFor(user, subgraph);
    return postGraphQL<TData>(
      `${baseUrl}/graphql`,
      { query, variables },
      { [INTERNAL_TOKEN_HEADER]: token },
    );
  };
}

/** The data of a response that must have succeeded; fails the test with the errors otherwise. */
export function expectData<TData>(response: GraphQLResponse<TData>): TData {
  if (response.errors?.length || !response.data) {
    throw new Error(
      `expected data, got ${response.status}: ${JSON.stringify(response.errors ?? response)}`,
    );
  }
  return response.data;
}

/** The code of the first error, for asserting refusals. */
export function errorCode(response: GraphQLResponse<unknown>): string | undefined {
  return response.errors?.[0]?.extensions?.code;
}
