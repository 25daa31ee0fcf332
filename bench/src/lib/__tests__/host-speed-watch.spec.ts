import { watchHostSpeed } from '../host-speed-watch';

describe('watchHostSpeed', () => {
  it("samples the loop's CPU time in a process of its own until stopped, scaled to the reference loop", async () => {
    // A short loop, often: what matters is that samples come back, each a CPU time scaled to 100,000,000 steps.
    const watch = watchHostSpeed({ intervalMs: 50, steps: 1_000_000 });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const samples = await watch.stop();
    expect(samples.length).toBeGreaterThanOrEqual(3);
    // 1,000,000 steps take over 0.1 ms of CPU on any host this runs on (about 1.6 here): over 10 ms once scaled.
    for (const sample of samples) expect(sample).toBeGreaterThan(10);
    // Stopped: the child is gone, and no sample comes after.
    const count = samples.length;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(samples).toHaveLength(count);
  });

  it('returns no sample when stopped before the first interval', async () => {
    expect(await watchHostSpeed({ intervalMs: 10_000 }).stop()).toEqual([]);
  });
});
