import type { InternalIdentity } from '@salesgraph/identity';

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
  const maxEntries = options.maxEntries ?? 1_000;
  const now = options.now ?? Date.now;
  const maxAgeMs = (options.maxTokenAgeSeconds ?? 120) * 1000;
  const verified = new Map<string, { identity: InternalIdentity; until: number }>();
  return async (token) => {
    const known = verified.get(token);
    if (known) {
      if (now() < known.until) return known.identity;
      verified.delete(token);
    }
    const identity = await verify(token);
    const until = validUntil(token, maxAgeMs);
    if (until !== undefined && now() < until) {
      if (verified.size >= maxEntries) dropExpiredOrOldest(verified, now(), maxEntries);
      verified.set(token, { identity, until });
    }
    return identity;
  };
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

/**
 * Makes room: entries are kept in insertion order, which is nearly the order
 * they expire in, so the expired ones at the front go, and then the oldest
 * while the map is still full. Stops at the first live entry: constant work
 * per insertion, whatever the size.
 */
function dropExpiredOrOldest(
  verified: Map<string, { until: number }>,
  at: number,
  maxEntries: number,
): void {
  for (const [token, entry] of verified) {
    if (entry.until > at && verified.size < maxEntries) break;
    verified.delete(token);
  }
}
