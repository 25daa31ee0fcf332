import { cacheExchange, Client, fetchExchange, mapExchange } from '@urql/core';
import { retryExchange } from '@urql/exchange-retry';
import { sessionStore } from '../auth/session-store';

/**
 * The one GraphQL client: only the gateway is called, with the session's
 * bearer token. An UNAUTHENTICATED answer (an expired token, say) ends the
 * session, and the sign-in page says why.
 */
export function createGraphClient(graphqlUrl: string): Client {
  return new Client({
    url: graphqlUrl,
    // Screens show what the graph says now; the cache only avoids a blank
    // screen while the network answers.
    requestPolicy: 'cache-and-network',
    preferGetMethod: false,
    exchanges: [
      mapExchange({
        onError(error) {
          const unauthenticated =
            (error.response as Response | undefined)?.status === 401 ||
            error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
          if (unauthenticated && sessionStore.get())
            sessionStore.signOut('Your session has ended. Please sign in again.');
        },
      }),
      cacheExchange,
      // A read that failed on the way (the gateway unreachable, or a subgraph
      // connection dropped: INTERNAL_SERVER_ERROR) is tried once more after a
      // moment. Mutations never are: the first attempt may have taken effect.
      retryExchange({
        initialDelayMs: 500,
        maxNumberAttempts: 2,
        retryIf: (error, operation) =>
          operation.kind === 'query' &&
          (Boolean(error.networkError) ||
            error.graphQLErrors.some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR')),
      }),
      fetchExchange,
    ],
    fetchOptions: (): RequestInit => {
      const session = sessionStore.get();
      const headers: Record<string, string> = {};
      if (session) headers.authorization = `Bearer ${session.token}`;
      return { headers };
    },
  });
}
