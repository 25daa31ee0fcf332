import { lazy, Suspense, useEffect, useSyncExternalStore } from 'react';
import { Provider as GraphProvider, type Client } from 'urql';
import { AuthCallbackPage } from '../auth/auth-callback-page';
import { sessionStore } from '../auth/session-store';
import { callbackPath } from '../auth/oidc-client';
import type { RuntimeConfig } from '../config/runtime-config';
import { matchPath, navigate, useLocation } from '../routing/location';
import { homesFor } from './role-homes';
import { routes } from './routes';
import { Shell } from './shell';
import { NotFoundPage } from './not-found-page';

const OidcSignInPage = lazy(() => import('../auth/oidc-sign-in-page'));
// The demo-user list is its own chunk: served only when config.json asks for development sign-in.
const DevSignInPage = lazy(() => import('../auth/dev-sign-in-page'));

export function App({ config, client }: { config: RuntimeConfig; client: Client }) {
  const session = useSyncExternalStore(sessionStore.subscribe, sessionStore.get);
  const { path, search } = useLocation();
  const homes = session ? homesFor(session.user) : [];
  const home = homes[0]?.path;
  // "/" is the person's first home; the address says which.
  useEffect(() => {
    if (path === '/' && home) navigate(home, { replace: true });
  }, [path, home]);

  if (path === callbackPath && config.signIn.kind === 'oidc')
    return <AuthCallbackPage config={config.signIn} search={search} />;

  if (!session) {
    return (
      <Suspense fallback={<p role="status">Loading…</p>}>
        {config.signIn.kind === 'oidc' ? (
          <OidcSignInPage config={config.signIn} />
        ) : (
          <DevSignInPage />
        )}
      </Suspense>
    );
  }

  const route = routes
    .map((r) => ({ ...r, params: matchPath(r.pattern, path) }))
    .find((r) => r.params !== null);

  return (
    <GraphProvider value={client}>
      <Shell session={session} homes={homes} config={config}>
        <Suspense fallback={<p role="status">Loading the page…</p>}>
          {route ? (
            <route.page params={route.params!} />
          ) : path === '/' ? null : (
            <NotFoundPage homes={homes} />
          )}
        </Suspense>
      </Shell>
    </GraphProvider>
  );
}
