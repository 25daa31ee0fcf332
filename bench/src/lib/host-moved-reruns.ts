import { hostSpeedChange, type HostSpeed } from './host-speed';

/** The host's speed just before a benchmark and right after it. */
export interface HostSpeedAround {
  before: HostSpeed;
  after: HostSpeed;
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
    const figures = await o.run();
    const after = await o.speedNow();
    const steady = hostSpeedChange(before, after).steady;
    const again = !steady && setAside.length < o.reruns;
    o.say(
      `    host speed ${steady ? 'held' : again ? 'MOVED, running it again' : 'MOVED, the figures above are not comparable with other runs'}: ` +
        `loop ${before.javascriptMs} → ${after.javascriptMs} ms, count ${before.postgresqlMs} → ${after.postgresqlMs} ms, ` +
        `round trip ${before.roundTripUs} → ${after.roundTripUs} µs`,
    );
    if (!again) return { figures, around: { before, after }, setAside };
    setAside.push({ before, after });
    before = after;
  }
}
