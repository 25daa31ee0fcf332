import { retryDelayMs } from '../retry-delay';

describe('e-mail retry delay', () => {
  it('waits 30 s after the first failure, doubling, and never more than an hour', () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(retryDelayMs(20)).toBe(3_600_000);
  });
});
