import { performance } from 'node:perf_hooks';
import v8 from 'node:v8';
import vm from 'node:vm';

/**
 * Gives a quiet process' memory back.
 *
 * Traffic grows V8's young generation to 32 MB, and V8 shrinks it again only
 * in a collection that finds the allocation rate low. Node tells V8 nothing of
 * idleness, and a process that went quiet after traffic allocates too little to
 * reach its next collection soon: the services sat at 150 to 165 MiB resident
 * for one to three minutes after start and seeding, and at 110 to 120 MiB once
 * one came (bench at-rest, resident memory sampled every 2 s). So, once the
 * event loop has been quiet for a minute after being busy, one young-generation
 * collection (a scavenge, about 1.5 ms here) is run, and tried again while the
 * young generation stays grown. Old-space pages are V8's memory reducer's to
 * give back: a series of three mark-compacts it starts by itself once the
 * allocation rate is low (26 to 74 s after start in every process, about
 * 370 ms of CPU in all).
 *
 * A scavenge, not a mark-compact: it is what shrinks the young generation, it
 * costs a fiftieth, and it does not start another of the reducer's series.
 * (Until 2026-12-03 this asked for `{ type: 'major' }`, which Node 20's V8
 * reads as a scavenge all the same; measured with `gc` performance entries.)
 *
 * The reducer's series is made one mark-compact at each process' start
 * (single-collection-memory-reducer.ts, by runMain): not here, because the
 * flag must not change while a series runs, and tests start this trim in
 * processes that have run for a while.
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
  /** How many collections a quiet spell may try while the young generation stays grown; 3. */
  attempts?: number;
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

type CollectGarbage = (options: { type: 'minor'; execution: 'sync' }) => void;

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
  const trigger = new IdleTrigger(
    options.quietReadings ?? 30,
    options.quietUtilization ?? 0.03,
    options.attempts, // undefined: IdleTrigger's own default
  );
  let last = performance.eventLoopUtilization();
  const timer = setInterval(() => {
    const now = performance.eventLoopUtilization();
    const { utilization } = performance.eventLoopUtilization(now, last);
    last = now;
    if (trigger.observe(utilization, youngGenerationBytes()))
      collect({ type: 'minor', execution: 'sync' });
  }, options.intervalMs ?? 2_000);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
