import type { ReactNode } from 'react';
import { oidcSignOutUrl } from '../auth/oidc-client';
import { sessionStore, type Session } from '../auth/session-store';
import type { RuntimeConfig } from '../config/runtime-config';
import { Link } from '../routing/link';
import { useLocation } from '../routing/location';
import { humanize } from '../ui/format';
import type { RoleHome } from './role-homes';

/** The frame of every signed-in page: skip link, the person's pages, who is signed in. */
export function Shell({
  session,
  homes,
  config,
  children,
}: {
  session: Session;
  homes: RoleHome[];
  config: RuntimeConfig;
  children: ReactNode;
}) {
  const { path } = useLocation();
  const signOut = async () => {
    const issuerSignOut =
      config.signIn.kind === 'oidc' ? await oidcSignOutUrl(config.signIn, session.idToken) : null;
    sessionStore.signOut();
    if (issuerSignOut) window.location.assign(issuerSignOut);
  };
  const who = [...session.user.roles, ...(session.user.department ? [session.user.department] : [])]
    .map(humanize)
    .join(', ');

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="top-bar">
        <span className="brand">SalesGraph workbench</span>
        <nav aria-label="Your pages">
          <ul>
            {homes.map((home) => (
              <li key={home.key}>
                <Link
                  href={home.path}
                  aria-current={
                    path === home.path || path.startsWith(`${home.path}/`) ? 'page' : undefined
                  }
                >
                  {home.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="who">
          <span>
            {session.user.name}
            {who && <span className="muted"> · {who}</span>}
          </span>
          <button type="button" className="secondary" onClick={signOut}>
            Sign out
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
