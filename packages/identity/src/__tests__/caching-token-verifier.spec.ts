import type { AuthenticatedUser } from '../authenticated-user';
import { cachingTokenVerifier } from '../caching-token-verifier';
import { TestClock } from './test-clock';

/** An unsigned token with the given expiry: the fake verifier below decides whether it is good. */
function tokenExpiringAt(at: Date, subject = 'alice'): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'ES256' })}.${part({ sub: subject, exp: Math.floor(at.getTime() / 1000) })}.sig`;
}

describe('verified token cache', () => {
  const start = new Date('2026-03-01T10:00:00Z');
  const alice: AuthenticatedUser = { id: 'alice', roles: ['SALES_REP'] };

  function setUp(options = {}) {
    const clock = new TestClock(start);
    const verify = jest.fn(async (token: string) => {
      if (token.endsWith('.bad')) throw new Error('bad signature');
      return alice;
    });
    return { clock, verify, cached: cachingTokenVerifier(verify, clock, options) };
  }

  it('verifies a token once and answers the same user for it until maxAge', async () => {
    const { clock, verify, cached } = setUp({ maxAgeMs: 60_000 });
    const token = tokenExpiringAt(new Date(start.getTime() + 3_600_000));
    expect(await cached(token)).toBe(alice);
    clock.advance(59_000);
    expect(await cached(token)).toBe(alice);
    expect(verify).toHaveBeenCalledTimes(1);
    clock.advance(1_000);
    await cached(token);
    expect(verify).toHaveBeenCalledTimes(2);
  });

  it('never trusts a token past its expiry, however long maxAge is', async () => {
    const { clock, verify, cached } = setUp({ maxAgeMs: 600_000 });
    const token = tokenExpiringAt(new Date(start.getTime() + 10_000));
    await cached(token);
    clock.advance(10_000);
    verify.mockRejectedValueOnce(new Error('token expired'));
    await expect(cached(token)).rejects.toThrow('token expired');
    expect(verify).toHaveBeenCalledTimes(2);
  });

  it('remembers no refused token: each attempt is verified again', async () => {
    const { verify, cached } = setUp();
    const token = `${tokenExpiringAt(new Date(start.getTime() + 3_600_000))}.bad`;
    await expect(cached(token)).rejects.toThrow('bad signature');
    await expect(cached(token)).rejects.toThrow('bad signature');
    expect(verify).toHaveBeenCalledTimes(2);
  });

  it('tells tokens apart by their whole string', async () => {
    const { verify, cached } = setUp();
    const later = new Date(start.getTime() + 3_600_000);
    await cached(tokenExpiringAt(later, 'alice'));
    await cached(tokenExpiringAt(later, 'bob'));
    expect(verify).toHaveBeenCalledTimes(2);
  });

  it('forgets the oldest token beyond maxEntries', async () => {
    const { verify, cached } = setUp({ maxEntries: 2 });
    const later = new Date(start.getTime() + 3_600_000);
    const [a, b, c] = ['a', 'b', 'c'].map((s) => tokenExpiringAt(later, s));
    for (const token of [a, b, c, c, b, a]) await cached(token);
    // a was forgotten when c arrived; b and c were answered from memory.
    expect(verify.mock.calls.map(([token]) => token)).toEqual([a, b, c, a]);
  });
});
