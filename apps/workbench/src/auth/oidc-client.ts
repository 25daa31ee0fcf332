import type { SignInConfig } from '../config/runtime-config';
import { randomUrlSafe, s256Challenge } from './pkce';
import { decodeJwtPayload } from './token-claims';

type OidcConfig = Extract<SignInConfig, { kind: 'oidc' }>;

interface Discovery {
  authorization_endpoint: string;
  token_endpoint: string;
  end_session_endpoint?: string;
}

/** What must survive the round trip to the issuer: sessionStorage, never the token itself. */
interface PendingSignIn {
  state: string;
  nonce: string;
  verifier: string;
  returnTo: string;
}

const pendingKey = 'salesgraph.workbench.oidc-pending';
export const callbackPath = '/auth/callback';

async function discover(issuer: string): Promise<Discovery> {
  const response = await fetch(`${issuer}/.well-known/openid-configuration`);
  if (!response.ok) throw new Error(`the issuer's discovery document answered ${response.status}`);
  return (await response.json()) as Discovery;
}

function redirectUri(): string {
  return `${window.location.origin}${callbackPath}`;
}

/** Sends the browser to the issuer: authorization code with PKCE (S256). */
export async function startOidcSignIn(config: OidcConfig, returnTo: string): Promise<void> {
  const discovery = await discover(config.issuer);
  const pending: PendingSignIn = {
    state: randomUrlSafe(),
    nonce: randomUrlSafe(),
    verifier: randomUrlSafe(48),
    returnTo,
  };
  sessionStorage.setItem(pendingKey, JSON.stringify(pending));
  const url = new URL(discovery.authorization_endpoint);
  const params: Record<string, string> = {
    response_type: 'code',
    client_id: config.clientId,
    redirect_uri: redirectUri(),
    scope: config.scope ?? 'openid profile email',
    state: pending.state,
    nonce: pending.nonce,
    code_challenge: await s256Challenge(pending.verifier),
    code_challenge_method: 'S256',
    ...(config.audience ? { audience: config.audience } : {}),
  };
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  window.location.assign(url.toString());
}

export interface OidcTokens {
  accessToken: string;
  idToken?: string;
  returnTo: string;
}

/** On the callback: checks the state and trades the code (and verifier) for tokens. */
export async function completeOidcSignIn(config: OidcConfig, search: string): Promise<OidcTokens> {
  const params = new URLSearchParams(search);
  const saved = sessionStorage.getItem(pendingKey);
  sessionStorage.removeItem(pendingKey);
  if (params.get('error'))
    throw new Error(
      `the issuer refused: ${params.get('error_description') ?? params.get('error')}`,
    );
  if (!saved) throw new Error('no sign-in was started in this tab');
  const pending = JSON.parse(saved) as PendingSignIn;
  const code = params.get('code');
  if (!code || params.get('state') !== pending.state)
    throw new Error('the answer from the issuer does not match this sign-in');
  const discovery = await discover(config.issuer);
  const response = await fetch(discovery.token_endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      redirect_uri: redirectUri(),
      client_id: config.clientId,
      code_verifier: pending.verifier,
    }),
  });
  const body = (await response.json().catch(() => ({}))) as Record<string, string>;
  if (!response.ok || !body.access_token)
    throw new Error(
      `the token endpoint refused: ${body.error_description ?? body.error ?? response.status}`,
    );
  // The nonce ties the ID token to this sign-in (a replayed one carries another).
  if (body.id_token && decodeJwtPayload(body.id_token).nonce !== pending.nonce)
    throw new Error('the ID token does not belong to this sign-in');
  return { accessToken: body.access_token, idToken: body.id_token, returnTo: pending.returnTo };
}

/** The issuer's own sign-out, when it offers one; otherwise back to the sign-in page. */
export async function oidcSignOutUrl(config: OidcConfig, idToken?: string): Promise<string | null> {
  const discovery = await discover(config.issuer).catch(() => null);
  if (!discovery?.end_session_endpoint) return null;
  const url = new URL(discovery.end_session_endpoint);
  url.searchParams.set('client_id', config.clientId);
  url.searchParams.set('post_logout_redirect_uri', `${window.location.origin}/`);
  if (idToken) url.searchParams.set('id_token_hint', idToken);
  return url.toString();
}
