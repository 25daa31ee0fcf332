import { OffsetCommits } from '../kafka/offset-commits';

describe('OffsetCommits', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('commits what was handled once per interval, with the latest commit it was given', async () => {
    const commits = new OffsetCommits(1_000);
    const first = jest.fn(async () => undefined);
    const latest = jest.fn(async () => undefined);
    commits.handled(first);
    await jest.advanceTimersByTimeAsync(600);
    commits.handled(latest);
    await jest.advanceTimersByTimeAsync(399);
    expect(latest).not.toHaveBeenCalled();
    await jest.advanceTimersByTimeAsync(1);
    expect(first).not.toHaveBeenCalled();
    expect(latest).toHaveBeenCalledTimes(1);
    await jest.advanceTimersByTimeAsync(10_000);
    expect(latest).toHaveBeenCalledTimes(1);
  });

  it('commits at once when flushed, and not again when the interval ends', async () => {
    const commits = new OffsetCommits(1_000);
    const commit = jest.fn(async () => undefined);
    commits.handled(commit);
    await commits.flush();
    expect(commit).toHaveBeenCalledTimes(1);
    await commits.flush();
    await jest.advanceTimersByTimeAsync(5_000);
    expect(commit).toHaveBeenCalledTimes(1);
  });

  it('logs a refused commit instead of throwing, and commits what comes next', async () => {
    const warn = jest.fn();
    const logger = { debug: jest.fn(), info: jest.fn(), warn, error: jest.fn() };
    const commits = new OffsetCommits(1_000, logger);
    commits.handled(async () => Promise.reject(new Error('The group is rebalancing')));
    await expect(commits.flush()).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalledWith(
      { err: new Error('The group is rebalancing') },
      expect.stringContaining('read again'),
    );
    const next = jest.fn(async () => undefined);
    commits.handled(next);
    await jest.advanceTimersByTimeAsync(1_000);
    expect(next).toHaveBeenCalledTimes(1);
  });

  it('drops what it holds when cancelled', async () => {
    const commits = new OffsetCommits(1_000);
    const commit = jest.fn(async () => undefined);
    commits.handled(commit);
    commits.cancel();
    await jest.advanceTimersByTimeAsync(5_000);
    await commits.flush();
    expect(commit).not.toHaveBeenCalled();
  });
});
