import v8 from 'node:v8';
import { IdleTrigger, startIdleHeapTrim } from '../idle-heap-trim';

const busy = 0.5;
const quiet = 0.001;
const MB = 1024 * 1024;
const small = 1 * MB;
const grown = 32 * MB;

/** Feeds readings of one young-generation size; what the trigger answered to each. */
const feed = (trigger: IdleTrigger, readings: number[], young = small) =>
  readings.map((utilization) => trigger.observe(utilization, young));

describe('IdleTrigger', () => {
  it('collects once the process has been quiet for the given readings, start-up counting as busy', () => {
    expect(feed(new IdleTrigger(3, 0.03), [quiet, quiet, quiet])).toEqual([false, false, true]);
  });

  it('collects once per quiet spell when the young generation shrank, and again only after activity', () => {
    const trigger = new IdleTrigger(2, 0.03);
    const readings = [busy, quiet, quiet, quiet, quiet, quiet, busy, quiet, busy, quiet, quiet];
    expect(feed(trigger, readings)).toEqual([
      false,
      false,
      true, // two quiet readings after traffic
      false,
      false,
      false, // still the same spell, nothing grown: nothing to give back
      false,
      false, // busy again, but quiet only once
      false,
      false,
      true,
    ]);
  });

  it('tries again after another quiet spell while the young generation stays grown, a bounded number of times', () => {
    const trigger = new IdleTrigger(2, 0.03, 3);
    const answers = feed(trigger, Array<number>(10).fill(quiet), grown);
    expect(answers).toEqual([false, true, false, true, false, true, false, false, false, false]);
    // Busy again: the attempts are renewed.
    expect(feed(trigger, [busy, quiet, quiet], grown)).toEqual([false, false, true]);
  });

  it('counts a reading at the threshold as busy', () => {
    const trigger = new IdleTrigger(1, 0.03);
    expect(trigger.observe(0.03, small)).toBe(false);
    expect(trigger.observe(0.0299, small)).toBe(true);
  });
});

describe('startIdleHeapTrim', () => {
  const youngGeneration = () =>
    v8.getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')!.space_size;

  // V8 shrinks the young generation only once its allocation rate, averaged over the last
  // seconds, is low: about ten seconds after the traffic here, so this test takes that long.
  it('shrinks the young generation that traffic grew, once the process goes quiet', async () => {
    // Attempts enough for the whole deadline: on a loaded machine (the full unit run on two
    // cores) the young generation was once still grown after the default three.
    const trim = startIdleHeapTrim({
      intervalMs: 1_000,
      quietReadings: 4,
      quietUtilization: 0.5,
      attempts: 8,
    });
    try {
      // Traffic: objects that survive a few scavenges make V8 grow the young generation.
      let kept: object[] = [];
      for (let round = 0; round < 40; round++)
        kept = Array.from({ length: 50_000 }, (_, i) => ({ round, i, text: `value ${i}` }));
      const grownTo = youngGeneration();
      expect(kept).toHaveLength(50_000);
      kept = [];
      const deadline = Date.now() + 30_000;
      while (youngGeneration() >= grownTo / 2 && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 250));
      expect(youngGeneration()).toBeLessThan(grownTo / 2);
    } finally {
      trim.stop();
    }
  }, 40_000);
});
