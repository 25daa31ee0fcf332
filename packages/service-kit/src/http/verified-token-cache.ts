import { rememberedVerifications, type InternalIdentity } from '@salesgraph/identity';

export interface VerifiedTokenCacheOptions {
  /** Tokens kept at most; the oldest go first. */
  maxEntries?: number;
  /** Milliseconds since the epoch; tests pass their own. */
  now?: () => number;
  /** The verifier's own limit on a token's age (its maxTokenAge), in seconds. */
  maxTokenAgeSeconds?: number;
}

/**
 * Remembers the internal tokens a subgraph has verified, until they expire.
 * An Ed25519 signature check and its claims cost a good share of a small
 * request's CPU, and a caller that sends the same token again (a gateway that
 * reuses a token within its minute, a direct caller, a batch of requests of
 * one operation) need not pay it twice. Only tokens that passed the full
 * verification are kept, keyed by their exact text, and never past the
 * earlier of their `exp` and `iat` + the verifier's maximum age, so a cached
 * answer is never one the verifier would refuse (it even ends a few seconds
 * sooner: the verifier's clock tolerance is not applied here). Refusals are
 * not cached: each is verified, and logged, again.
 */
export function cachedTokenVerifier(
  verify: (token: string) => Promise<InternalIdentity>,
  options: VerifiedTokenCacheOptions = {},
): (token: string) => Promise<InternalIdentity> {
  const maxAgeMs = (options.maxTokenAgeSeconds ?? 120) * 1000;
  return rememberedVerifications(verify, {
    trustedUntil: (token) => validUntil(token, maxAgeMs),
    now: options.now ?? Date.now,
    maxEntries: options.maxEntries ?? 1_000,
  });
}

/** The end of a verified token's life: the earlier of `exp` and `iat` + the maximum age. */
function validUntil(token: string, maxAgeMs: number): number | undefined {
  try {
    const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as {
      exp?: unknown;
      iat?: unknown;
    };
    if (typeof claims.exp !== 'number' || typeof claims.iat !== 'number') return undefined;
    return Math.min(claims.exp * 1000, claims.iat * 1000 + maxAgeMs);
  } catch {
    return undefined;
  }
}
