import { performance } from 'node:perf_hooks';
import v8 from 'node:v8';
import vm from 'node:vm';

/**
 * Gives a quiet process' memory back.
 *
 * V8 returns memory in a major (mark-compact) collection only: then it
 * shrinks the young generation, which traffic grows to 32 MB, and its memory
 * reducer, started by such a collection, releases old-space pages in the
 * following seconds. Node tells V8 nothing of idleness, and a process that
 * went quiet after traffic allocates too little to reach its next major
 * collection: the services sat at 150 to 165 MiB resident for one to three
 * minutes after start and seeding, and at 110 to 120 MiB once one came
 * (bench at-rest, resident memory sampled every 2 s). So, once the event loop
 * has been quiet for a minute after being busy, one major collection is run
 * here (1 to 14 ms at these heap sizes), and tried again while the young
 * generation stays grown.
 *
 * Not done: `--memory-reducer-single-gc` (one collection per memory-reducer
 * series instead of three, set at run time) lowered idle CPU, but under load
 * keyAccount through the gateway cost 24 to 29 ms of CPU per request with it
 * against 17 without, in three runs of four.
 */
export interface IdleHeapTrimOptions {
  /** How often the event loop's utilisation is read; 2 s. */
  intervalMs?: number;
  /**
   * How many quiet readings in a row count as idle; 30 (a minute). Not less: after a
   * collection the young generation has to grow again under the next traffic, with more
   * scavenges meanwhile (keyAccount through the gateway cost 17.3 ms of CPU per request
   * without the trim, 20.8 ms with it after 10 s, right after a pause between benchmark sides).
   */
  quietReadings?: number;
  /** A reading under this share of the time busy is quiet; 0.03. */
  quietUtilization?: number;
}

/**
 * Decides from successive readings when to collect: when the event loop has
 * been quiet for `quietReadings` readings, after activity, or while the young
 * generation is still grown. A collection shrinks it only when V8 measures a
 * low allocation rate since the previous collection, which a quiet spell right
 * after traffic may not give yet; so a collection that left it grown is tried
 * again after another quiet spell, at most `attempts` times before the process
 * is busy once more.
 */
export class IdleTrigger {
  private quiet = 0;
  /** Start-up is activity: the first quiet spell after it is collected. */
  private busySinceCollect = true;
  private attemptsLeft: number;

  constructor(
    private readonly quietReadings: number,
    private readonly quietUtilization: number,
    private readonly attempts = 3,
    /** Above this the young generation counts as grown: V8 starts it at 2 MB and grows it to 32. */
    private readonly grownYoungBytes = 8 * 1024 * 1024,
  ) {
    this.attemptsLeft = attempts;
  }

  /**
   * One reading: the share of the time the event loop was busy, and the young
   * generation's size. True when a collection is due now.
   */
  observe(utilization: number, youngBytes: number): boolean {
    if (utilization >= this.quietUtilization) {
      this.quiet = 0;
      this.busySinceCollect = true;
      this.attemptsLeft = this.attempts;
      return false;
    }
    this.quiet += 1;
    if (this.quiet < this.quietReadings || this.attemptsLeft === 0) return false;
    if (!this.busySinceCollect && youngBytes <= this.grownYoungBytes) return false;
    this.quiet = 0; // another attempt waits a whole quiet spell
    this.busySinceCollect = false;
    this.attemptsLeft -= 1;
    return true;
  }
}

type CollectGarbage = (options: { type: 'major'; execution: 'sync' }) => void;

/** V8's `gc` function: the global one when started with --expose-gc, otherwise exposed now. */
function garbageCollector(): CollectGarbage {
  const global = (globalThis as { gc?: CollectGarbage }).gc;
  if (global) return global;
  // As jest's leak detector does: contexts created after the flag carry `gc`,
  // the main context keeps its globals as they were.
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as CollectGarbage;
}

function youngGenerationBytes(): number {
  return v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')?.space_size ?? 0;
}

/** Starts watching; the timer does not keep the process alive. */
export function startIdleHeapTrim(options: IdleHeapTrimOptions = {}): { stop(): void } {
  const collect = garbageCollector();
  const trigger = new IdleTrigger(options.quietReadings ?? 30, options.quietUtilization ?? 0.03);
  let last = performance.eventLoopUtilization();
  const timer = setInterval(() => {
    const now = performance.eventLoopUtilization();
    const { utilization } = performance.eventLoopUtilization(now, last);
    last = now;
    if (trigger.observe(utilization, youngGenerationBytes()))
      collect({ type: 'major', execution: 'sync' });
  }, options.intervalMs ?? 2_000);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
