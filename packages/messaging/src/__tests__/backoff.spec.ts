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
});
