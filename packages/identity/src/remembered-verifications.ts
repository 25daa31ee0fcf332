/**
 * A token verifier that remembers what it accepted, keyed by the token's exact text, until
 * `trustedUntil` says (milliseconds since the epoch; undefined or past: not remembered). Refusals
 * are never remembered: every attempt is verified again. Shared by the gateway's client tokens
 * (`cachingTokenVerifier`) and the subgraphs' internal ones (service-kit's `cachedTokenVerifier`),
 * which differ only in how long a verified token may be trusted.
 *
 * Entries are kept in insertion order, which is nearly the order they expire in: making room drops
 * the expired ones at the front, then the oldest while the map is still full, and stops at the
 * first live entry (constant work per insertion, whatever the size).
 */
export function rememberedVerifications<T>(
  verify: (token: string) => Promise<T>,
  options: {
    /** When a token just verified stops being trusted, given the time its verification began. */
    trustedUntil: (token: string, startedAt: number) => number | undefined;
    /** Milliseconds since the epoch. */
    now: () => number;
    /** Tokens remembered at most. */
    maxEntries: number;
  },
): (token: string) => Promise<T> {
  const { trustedUntil, now, maxEntries } = options;
  const accepted = new Map<string, { answer: T; until: number }>();
  return async (token) => {
    const startedAt = now();
    const known = accepted.get(token);
    if (known) {
      if (startedAt < known.until) return known.answer;
      accepted.delete(token);
    }
    const answer = await verify(token);
    const until = trustedUntil(token, startedAt);
    const at = now();
    if (until !== undefined && at < until) {
      if (accepted.size >= maxEntries) dropExpiredOrOldest(accepted, at, maxEntries);
      accepted.set(token, { answer, until });
    }
    return answer;
  };
}

function dropExpiredOrOldest(
  accepted: Map<string, { until: number }>,
  at: number,
  maxEntries: number,
): void {
  for (const [token, entry] of accepted) {
    if (entry.until > at && accepted.size < maxEntries) break;
    accepted.delete(token);
  }
}
