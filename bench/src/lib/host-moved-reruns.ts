import { heldThroughout, hostSpeedChange, speedThroughout, type HostSpeed } from './host-speed';
import type { HostSpeedWatch } from './host-speed-watch';

/** The host's speed just before a benchmark and right after it, and as sampled in between. */
export interface HostSpeedAround {
  before: HostSpeed;
  after: HostSpeed;
  /**
   * The fixed loop's CPU time in ms, sampled while the benchmark ran (watchHostSpeed), oldest first: absent in
   * results written before it was sampled.
   */
  during?: number[];
}

/**
 * Whether the host held its speed through a benchmark: the loop and the count at its end within the limit of those
 * at its start (hostSpeedChange), and the loop's samples in between coming to at least `leastHeldShare` of the
 * loop's speed at its start (heldThroughout).
 */
export function heldAround(around: HostSpeedAround): boolean {
  return (
    hostSpeedChange(around.before, around.after).steady &&
    (!around.during || heldThroughout(around.during, around.before.javascriptMs))
  );
}

/**
 * How the samples taken during a benchmark read, and the share of the speed of the loop at its start (`referenceMs`)
 * they come to (speedThroughout), for a line of the console or a cell of the report.
 */
export function duringSummary(during: readonly number[], referenceMs: number): string {
  const speed = speedThroughout(during, referenceMs);
  if (speed === undefined) return 'no sample';
  return (
    `${Math.min(...during)} to ${Math.max(...during)} ms (${during.length} sample${during.length === 1 ? '' : 's'}; ` +
    `${speed} of the speed at the start)`
  );
}

/** A benchmark's figures from the attempt kept, with the host's speed around it and around those set aside. */
export interface KeptAttempt<T> {
  figures: T;
  around: HostSpeedAround;
  /** Earlier attempts the host moved under, oldest first. */
  setAside: HostSpeedAround[];
}

/**
 * Runs a benchmark, and again while the host's speed moved under it (hostSpeedChange) and `reruns`
 * are left: the figures of an attempt across such a change say more of the host than of the code,
 * and the host under this machine kind slows and recovers unannounced, for minutes at a time. The
 * criterion is the host's speed, timed apart from the benchmark, never its figures; the last
 * attempt is kept whatever the host did, and says so.
 */
export async function untilTheHostHeld<T>(o: {
  run: () => Promise<T>;
  /** The host's speed now (hostSpeedNow). */
  speedNow: () => Promise<HostSpeed>;
  /** The host's speed before the first attempt (the run's start, or the end of the benchmark before). */
  speedBefore: HostSpeed;
  reruns: number;
  /** Samples the host's speed while an attempt runs (watchHostSpeed); nothing is sampled without it. */
  watch?: () => HostSpeedWatch;
  /**
   * Before each attempt, given the host's speed then: may wait for the host (untilAtItsUsualSpeed), and returns its
   * speed when the attempt starts.
   */
  settle?: (before: HostSpeed) => Promise<HostSpeed>;
  say: (line: string) => void;
}): Promise<KeptAttempt<T>> {
  const setAside: HostSpeedAround[] = [];
  let before = o.speedBefore;
  for (;;) {
    if (o.settle) before = await o.settle(before);
    const watch = o.watch?.();
    let figures: T;
    let during: number[] | undefined;
    try {
      figures = await o.run();
    } finally {
      during = await watch?.stop();
    }
    const after = await o.speedNow();
    const around: HostSpeedAround = { before, after, ...(during ? { during } : {}) };
    const steady = heldAround(around);
    const again = !steady && setAside.length < o.reruns;
    o.say(
      `    host speed ${steady ? 'held' : again ? 'MOVED, running it again' : 'MOVED, the figures above are not comparable with other runs'}: ` +
        `loop ${before.javascriptMs} → ${after.javascriptMs} ms${during ? ` (its CPU time in between ${duringSummary(during, before.javascriptMs)})` : ''}, ` +
        `count ${before.postgresqlMs} → ${after.postgresqlMs} ms, round trip ${before.roundTripUs} → ${after.roundTripUs} µs`,
    );
    if (!again) return { figures, around, setAside };
    setAside.push(around);
    before = after;
  }
}
