import { backoffDelay } from '../consumer/backoff';

describe('backoffDelay', () => {
  const policy = { attempts: 5, initialDelayMs: 100, maxDelayMs: 1_000 };

  it('doubles the ceiling with every failed attempt, jittered within its upper half', () => {
    expect(backoffDelay(policy, 1, () => 0)).toBe(50);
    expect(backoffDelay(policy, 1, () => 1)).toBe(100);
    expect(backoffDelay(policy, 3, () => 1)).toBe(400);
  });

  it('never waits longer than the maximum', () => {
    expect(backoffDelay(policy, 20, () => 1)).toBe(1_000);
  });

  describe('without jitter', () => {
    const exact = { initialDelayMs: 200, maxDelayMs: 5_000, jitter: false };
    const noRandom = () => {
      throw new Error('a policy without jitter draws no random number');
    };

    it('waits the initial delay after the first failure, then doubles it', () => {
      expect([1, 2, 3, 4, 5].map((n) => backoffDelay(exact, n, noRandom))).toEqual([
        200, 400, 800, 1_600, 3_200,
      ]);
    });

    it('holds at the maximum however long the failures last', () => {
      expect(backoffDelay(exact, 6, noRandom)).toBe(5_000);
      expect(backoffDelay(exact, 10_000, noRandom)).toBe(5_000);
    });

    it('treats a count below one as the first failure', () => {
      expect(backoffDelay(exact, 0, noRandom)).toBe(200);
    });
  });
});
