import { useEffect, useState, useSyncExternalStore } from 'react';
import { humanize } from '../ui/format';
import { sessionStore } from './session-store';

interface DemoUser {
  handle: string;
  name: string;
  roles: string[];
  department: string | null;
}

/**
 * Development sign-in: the demo users, each a click away from a token issued
 * the way `npm run token` issues it, by the development server's /dev-auth
 * endpoint. Production serves no such endpoint and configures OIDC instead.
 */
export default function DevSignInPage() {
  const notice = useSyncExternalStore(sessionStore.subscribe, sessionStore.notice);
  const [users, setUsers] = useState<DemoUser[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    fetch('/dev-auth/users')
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`HTTP ${r.status}`))))
      .then(setUsers, (e: Error) =>
        setError(`The development sign-in is not available here (${e.message}).`),
      );
  }, []);

  const signInAs = async (handle: string) => {
    setError(null);
    const response = await fetch('/dev-auth/token', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user: handle }),
    });
    const body = (await response.json().catch(() => ({}))) as { token?: string; error?: string };
    if (!response.ok || !body.token) return setError(body.error ?? `HTTP ${response.status}`);
    sessionStore.signIn(body.token);
  };

  return (
    <main id="main" className="sign-in">
      <h1>SalesGraph workbench</h1>
      <p>Development sign-in: choose a demo user.</p>
      {notice && <p role="status">{notice}</p>}
      {error && (
        <p role="alert" className="error-box">
          {error}
        </p>
      )}
      {!users && !error && <p role="status">Loading the demo users…</p>}
      {users && (
        <ul className="user-list">
          {users.map((user) => (
            <li key={user.handle}>
              <button type="button" onClick={() => signInAs(user.handle)}>
                <span className="user-name">{user.name}</span>
                <span className="muted">
                  {[...user.roles, ...(user.department ? [user.department] : [])]
                    .map(humanize)
                    .join(', ') || 'No role'}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
