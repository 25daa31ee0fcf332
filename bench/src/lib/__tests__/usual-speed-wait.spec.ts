import type { HostSpeed } from '../host-speed';
import { untilAtItsUsualSpeed } from '../usual-speed-wait';
import { hostSpeedOf } from './host-speed-fixture';

const xeon = 'Intel(R) Xeon(R) Processor @ 2.60GHz';

/** A wait on a clock that moves only when it sleeps, with the host's loop at each measurement in turn. */
function wait(o: { cpu?: string; from: number; loops: number[]; waitMs: number }) {
  let clock = 0;
  const said: string[] = [];
  const measured: number[] = [];
  const loops = [...o.loops];
  const settled = untilAtItsUsualSpeed({
    cpu: o.cpu ?? xeon,
    speed: hostSpeedOf(o.from),
    speedNow: async (): Promise<HostSpeed> => {
      const loop = loops.shift();
      if (loop === undefined) throw new Error('measured more often than the test allows');
      measured.push(clock);
      return hostSpeedOf(loop);
    },
    waitMs: o.waitMs,
    pollMs: 20_000,
    sleep: async (ms) => {
      clock += ms;
    },
    now: () => clock,
    say: (line) => said.push(line),
  });
  return { settled, said, measured };
}

describe('untilAtItsUsualSpeed', () => {
  it('does not wait for a host at its usual speed', async () => {
    const { settled, said, measured } = wait({ from: 165, loops: [], waitMs: 600_000 });
    expect((await settled).javascriptMs).toBe(165);
    expect(measured).toEqual([]);
    expect(said).toEqual([]);
  });

  it('does not wait when no wait is allowed, or when the CPU has no usual speed on record', async () => {
    expect((await wait({ from: 300, loops: [], waitMs: 0 }).settled).javascriptMs).toBe(300);
    const unknown = wait({ cpu: 'ARM Neoverse-N1', from: 300, loops: [], waitMs: 600_000 });
    expect((await unknown.settled).javascriptMs).toBe(300);
  });

  it('measures every poll until the host is back, and returns that measurement', async () => {
    const { settled, said, measured } = wait({ from: 300, loops: [290, 170], waitMs: 600_000 });
    expect((await settled).javascriptMs).toBe(170);
    expect(measured).toEqual([20_000, 40_000]);
    expect(said).toEqual([
      expect.stringContaining(
        'host off its usual speed (loop 300 ms, count 230 ms): waiting up to 10 min',
      ),
      expect.stringContaining('host back at its usual speed after 40 s (loop 170 ms'),
    ]);
  });

  it('gives up at the limit, its last poll cut to the time left, and returns the last measurement', async () => {
    const { settled, said, measured } = wait({ from: 300, loops: [290, 280, 270], waitMs: 50_000 });
    expect((await settled).javascriptMs).toBe(270);
    expect(measured).toEqual([20_000, 40_000, 50_000]);
    expect(said[1]).toContain('host still off its usual speed after 50 s (loop 270 ms');
    expect(said[1]).toContain('running anyway');
  });
});
