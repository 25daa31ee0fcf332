import { decodeJwt } from 'jose';
import type { AuthenticatedUser } from './authenticated-user';
import type { IdentityClock } from './identity-clock';

type Verify = (token: string) => Promise<AuthenticatedUser>;

export interface VerifiedTokenCacheOptions {
  /**
   * The longest a verified token is trusted without being verified again, however far its expiry:
   * a key withdrawn from the identity provider's JWK Set stops working within this time.
   */
  maxAgeMs?: number;
  /** Tokens remembered at most; beyond it the oldest is forgotten (it is verified again if it returns). */
  maxEntries?: number;
}

/**
 * A client token verifier that remembers the tokens it accepted, by their exact string, until the
 * token expires or `maxAgeMs` passes (whichever is first). The same front end sends the same
 * token with every request, and verifying its ECDSA signature cost the gateway more CPU than
 * planning the request. A refused token is never remembered: every attempt is verified again.
 */
export function cachingTokenVerifier(
  verify: Verify,
  clock: IdentityClock,
  options: VerifiedTokenCacheOptions = {},
): Verify {
  const maxAgeMs = options.maxAgeMs ?? 60_000;
  const maxEntries = options.maxEntries ?? 10_000;
  const accepted = new Map<string, { user: AuthenticatedUser; until: number }>();
  return async function verifyClientToken(token: string): Promise<AuthenticatedUser> {
    const now = clock.now().getTime();
    const known = accepted.get(token);
    if (known) {
      if (known.until > now) return known.user;
      accepted.delete(token);
    }
    const user = await verify(token);
    // The verifier required `exp`; the cache trusts the token no longer than the verifier would.
    const { exp } = decodeJwt(token);
    const until = Math.min(now + maxAgeMs, typeof exp === 'number' ? exp * 1000 : now);
    if (until > now) {
      if (accepted.size >= maxEntries) accepted.delete(accepted.keys().next().value as string);
      accepted.set(token, { user, until });
    }
    return user;
  };
}
