import { ManualClock } from '@salesgraph/service-kit';
import { RateLimiter } from '../rate-limiter';

describe('rate limiter', () => {
  const start = new Date('2026-03-01T10:00:00Z');

  it('lets a burst through, refuses the next with the seconds to wait, and refills', () => {
    const clock = new ManualClock(start);
    const limiter = new RateLimiter({ burst: 3, perSecond: 0.5 }, clock);
    expect([1, 2, 3].map(() => limiter.take('alice').allowed)).toEqual([true, true, true]);
    expect(limiter.take('alice')).toEqual({ allowed: false, retryAfterSeconds: 2 });
    clock.advance(1_000);
    expect(limiter.take('alice')).toEqual({ allowed: false, retryAfterSeconds: 1 });
    clock.advance(1_000);
    expect(limiter.take('alice').allowed).toBe(true);
    expect(limiter.take('alice').allowed).toBe(false);
  });

  it('keeps one bucket per subject', () => {
    const limiter = new RateLimiter({ burst: 1, perSecond: 1 }, new ManualClock(start));
    expect(limiter.take('alice').allowed).toBe(true);
    expect(limiter.take('alice').allowed).toBe(false);
    expect(limiter.take('bob').allowed).toBe(true);
  });

  it('never fills past the burst, however long the subject was idle', () => {
    const clock = new ManualClock(start);
    const limiter = new RateLimiter({ burst: 2, perSecond: 10 }, clock);
    limiter.take('alice');
    clock.advance(3_600_000);
    expect([1, 2, 3].map(() => limiter.take('alice').allowed)).toEqual([true, true, false]);
  });

  it('forgets the longest idle subject beyond its memory, which then starts full', () => {
    const limiter = new RateLimiter(
      { burst: 1, perSecond: 0.001, maxSubjects: 2 },
      new ManualClock(start),
    );
    limiter.take('alice');
    limiter.take('bob');
    limiter.take('carol');
    expect(limiter.take('bob').allowed).toBe(false);
    expect(limiter.take('alice').allowed).toBe(true);
  });

  it('refuses a limit that would let nothing through', () => {
    expect(() => new RateLimiter({ burst: 0, perSecond: 1 }, new ManualClock(start))).toThrow();
  });
});
