import { heldAround, untilTheHostHeld } from '../host-moved-reruns';
import { hostSpeedOf } from './host-speed-fixture';

const speed = (javascriptMs: number) => hostSpeedOf(javascriptMs);

/**
 * Attempts numbered from 1, and the host's loop after each, in turn; the loop before the first 160 ms unless given,
 * with the sampling and settling given.
 */
function benchmark(
  loopsAfter: number[],
  reruns: number,
  more: Pick<Parameters<typeof untilTheHostHeld>[0], 'settle' | 'watch'> & {
    loopBefore?: number;
  } = {},
) {
  const said: string[] = [];
  let attempts = 0;
  const speeds = loopsAfter.map(speed);
  const kept = untilTheHostHeld({
    run: async () => ++attempts,
    speedNow: async () => speeds.shift()!,
    speedBefore: speed(more.loopBefore ?? 160),
    reruns,
    settle: more.settle,
    watch: more.watch,
    say: (line) => said.push(line),
  });
  return { kept, said, attempts: () => attempts };
}

describe('untilTheHostHeld', () => {
  it('keeps the first attempt when the host held', async () => {
    const { kept, said } = benchmark([170], 1);
    expect(await kept).toEqual({
      figures: 1,
      around: { before: speed(160), after: speed(170) },
      setAside: [],
    });
    expect(said).toEqual([expect.stringMatching(/^ {4}host speed held: loop 160 → 170 ms/)]);
  });

  it('runs it again after the host moved, from where the host stood then, and lists the attempt set aside', async () => {
    const { kept, said } = benchmark([293, 290], 1);
    expect(await kept).toEqual({
      figures: 2,
      around: { before: speed(293), after: speed(290) },
      setAside: [{ before: speed(160), after: speed(293) }],
    });
    expect(said).toEqual([
      expect.stringContaining('MOVED, running it again: loop 160 → 293 ms'),
      expect.stringContaining('held: loop 293 → 290 ms'),
    ]);
  });

  it('keeps the last attempt once the re-runs are spent, saying its figures are not comparable', async () => {
    const { kept, said, attempts } = benchmark([293, 160, 300], 2);
    expect(await kept).toMatchObject({ figures: 3, setAside: [{}, {}] });
    expect(attempts()).toBe(3);
    expect(said[2]).toContain('MOVED, the figures above are not comparable with other runs');
  });

  it('never runs it again with no re-runs (a reduced run)', async () => {
    const { kept, attempts } = benchmark([293], 0);
    expect(await kept).toMatchObject({ figures: 1, setAside: [] });
    expect(attempts()).toBe(1);
  });

  it('settles before each attempt, and starts the attempt from the speed it settled at', async () => {
    const settledFrom: number[] = [];
    const { kept } = benchmark([293, 170], 1, {
      loopBefore: 300,
      settle: async (before) => {
        settledFrom.push(before.javascriptMs);
        return speed(165);
      },
    });
    // 300 → settled at 165 → moved to 293, set aside; 293 → settled at 165 → held at 170.
    expect(await kept).toEqual({
      figures: 2,
      around: { before: speed(165), after: speed(170) },
      setAside: [{ before: speed(165), after: speed(293) }],
    });
    expect(settledFrom).toEqual([300, 293]);
  });

  it('samples each attempt in between, keeps the samples, and runs it again when they strayed', async () => {
    const samples = [
      [165, 300, 310], // slowed in between, back by the end
      [170, 168],
    ];
    const { kept, said } = benchmark([165, 170], 1, {
      watch: () => {
        const during = samples.shift()!;
        return { stop: async () => during };
      },
    });
    expect(await kept).toEqual({
      figures: 2,
      around: { before: speed(165), after: speed(170), during: [170, 168] },
      setAside: [{ before: speed(160), after: speed(165), during: [165, 300, 310] }],
    });
    expect(said[0]).toContain(
      'MOVED, running it again: loop 160 → 165 ms (its CPU time in between 165 to 310 ms (3 samples; 0.67 of the speed at the start))',
    );
  });

  it('stops sampling when the benchmark fails, and passes the failure on', async () => {
    let stopped = false;
    await expect(
      untilTheHostHeld({
        run: () => Promise.reject(new Error('the platform did not start')),
        speedNow: async () => speed(160),
        speedBefore: speed(160),
        reruns: 1,
        watch: () => ({
          stop: async () => {
            stopped = true;
            return [];
          },
        }),
        say: () => undefined,
      }),
    ).rejects.toThrow('the platform did not start');
    expect(stopped).toBe(true);
  });
});

describe('heldAround', () => {
  it('judges the ends, and the samples in between against the loop before when there are any', () => {
    expect(heldAround({ before: speed(160), after: speed(170) })).toBe(true);
    expect(heldAround({ before: speed(160), after: speed(293) })).toBe(false);
    expect(heldAround({ before: speed(160), after: speed(170), during: [165, 168] })).toBe(true);
    expect(heldAround({ before: speed(160), after: speed(170), during: [165, 330] })).toBe(false);
  });
});
