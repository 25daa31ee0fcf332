import { useEffect, useRef, useState } from 'react';
import type { SignInConfig } from '../config/runtime-config';
import { navigate } from '../routing/location';
import { completeOidcSignIn } from './oidc-client';
import { sessionStore } from './session-store';

/** Where the issuer sends the browser back: trades the code for tokens, then goes home. */
export function AuthCallbackPage({
  config,
  search,
}: {
  config: Extract<SignInConfig, { kind: 'oidc' }>;
  search: string;
}) {
  const [error, setError] = useState<string | null>(null);
  const started = useRef(false);
  useEffect(() => {
    // Once only: the code is single-use, and development mode runs effects twice.
    if (started.current) return;
    started.current = true;
    completeOidcSignIn(config, search).then(
      ({ accessToken, idToken, returnTo }) => {
        sessionStore.signIn(accessToken, idToken);
        navigate(returnTo || '/', { replace: true });
      },
      (e: Error) => setError(e.message),
    );
  }, [config, search]);

  return (
    <main id="main" className="sign-in">
      <h1>Signing in</h1>
      {error ? (
        <div role="alert" className="error-box">
          <p>The sign-in did not complete: {error}</p>
          <p>
            <a href="/">Start again</a>
          </p>
        </div>
      ) : (
        <p role="status">Completing the sign-in…</p>
      )}
    </main>
  );
}
