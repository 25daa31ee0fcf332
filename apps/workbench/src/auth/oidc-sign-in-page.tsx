import { useState, useSyncExternalStore } from 'react';
import type { SignInConfig } from '../config/runtime-config';
import { startOidcSignIn } from './oidc-client';
import { sessionStore } from './session-store';

/** Production sign-in: off to the configured issuer (authorization code with PKCE). */
export default function OidcSignInPage({
  config,
}: {
  config: Extract<SignInConfig, { kind: 'oidc' }>;
}) {
  const notice = useSyncExternalStore(sessionStore.subscribe, sessionStore.notice);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const issuerHost = new URL(config.issuer).host;
  const start = () => {
    setBusy(true);
    const here = window.location.pathname + window.location.search;
    startOidcSignIn(config, here === '/' ? '/' : here).catch((e: Error) => {
      setBusy(false);
      setError(`The issuer could not be reached: ${e.message}`);
    });
  };
  return (
    <main id="main" className="sign-in">
      <h1>SalesGraph workbench</h1>
      {notice && <p role="status">{notice}</p>}
      <p>Sign in with your company account.</p>
      <button type="button" onClick={start} disabled={busy}>
        Sign in with {issuerHost}
      </button>
      {error && (
        <p role="alert" className="error-box">
          {error}
        </p>
      )}
    </main>
  );
}
