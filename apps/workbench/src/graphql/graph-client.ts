import { cacheExchange, Client, fetchExchange, mapExchange } from '@urql/core';
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
