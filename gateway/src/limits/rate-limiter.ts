import type { Clock } from '@salesgraph/service-kit';

export interface RateLimitOptions {
  /** Requests a subject may send at once, after being idle. */
  burst: number;
  /** Requests per second a subject may keep sending. */
  perSecond: number;
  /** Subjects remembered at most; the longest idle are forgotten first (a forgotten subject starts full). */
  maxSubjects?: number;
}

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * A token bucket per subject (the JWT `sub`): each request takes a token, the
 * bucket refills at `perSecond` up to `burst`. A refused request takes nothing,
 * and learns how many whole seconds until a token is back (Retry-After).
 * Buckets live in this process: behind several gateways each has its own.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly maxSubjects: number;

  constructor(
    private readonly options: RateLimitOptions,
    private readonly clock: Clock,
  ) {
    if (!(options.burst >= 1) || !(options.perSecond > 0))
      throw new Error('a rate limit needs a burst of at least 1 and a positive rate');
    this.maxSubjects = options.maxSubjects ?? 100_000;
  }

  take(subject: string): RateDecision {
    const now = this.clock.now().getTime();
    const bucket = this.buckets.get(subject) ?? { tokens: this.options.burst, at: now };
    const elapsed = Math.max(0, now - bucket.at) / 1000;
    bucket.tokens = Math.min(this.options.burst, bucket.tokens + elapsed * this.options.perSecond);
    bucket.at = now;
    // Re-inserting keeps the map in order of last use, so the first key is the longest idle.
    this.buckets.delete(subject);
    this.buckets.set(subject, bucket);
    if (this.buckets.size > this.maxSubjects)
      this.buckets.delete(this.buckets.keys().next().value as string);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true };
    }
    const retryAfterSeconds = Math.max(1, Math.ceil((1 - bucket.tokens) / this.options.perSecond));
    return { allowed: false, retryAfterSeconds };
  }
}
