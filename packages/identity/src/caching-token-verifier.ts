import { decodeJwt } from 'jose';
import type { AuthenticatedUser } from './authenticated-user';
import type { IdentityClock } from './identity-clock';
import { rememberedVerifications } from './remembered-verifications';

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
 * planning the request. A refused token is never remembered: every attempt is verified again
 * (`rememberedVerifications`).
 */
export function cachingTokenVerifier(
  verify: Verify,
  clock: IdentityClock,
  options: VerifiedTokenCacheOptions = {},
): Verify {
  const maxAgeMs = options.maxAgeMs ?? 60_000;
  return rememberedVerifications(verify, {
    // The verifier required `exp`; the cache trusts the token no longer than the verifier would.
    trustedUntil: (token, startedAt) => {
      const { exp } = decodeJwt(token);
      return Math.min(startedAt + maxAgeMs, typeof exp === 'number' ? exp * 1000 : startedAt);
    },
    now: () => clock.now().getTime(),
    maxEntries: options.maxEntries ?? 10_000,
  });
}
