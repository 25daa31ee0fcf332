import v8 from 'node:v8';

/**
 * Tells V8 that its memory reducer is to give a quiet process' memory back
 * with one mark-compact instead of a series of up to three.
 *
 * The reducer starts by itself once the allocation rate is low: in every
 * process of the platform, once 26 to 74 s after start, three mark-compacts
 * 0.6 s apart, about 370 ms of CPU in all, which alone is 0.6 % of a core over
 * a minute and decided whether an idle service read 0.9 or 1.3 % (issue 17's
 * target: under 1 %). With this flag it is one, about 180 ms. Under load the
 * reducer does not run (the allocation rate is high), and eight runs of the
 * gateways and lead-ingest benchmarks alternated with and without it (ABBA)
 * read the same (bench/journal.md).
 *
 * Only at a process' start, before the reducer's first series: V8 reads the
 * flag while a series runs, and changing it in the middle of one aborted the
 * process (a fatal check in `MemoryReducer::TimerTask::RunInternal`, seen when
 * it was flipped at run time). The first series waits at least 8 s after the
 * first mark-compact, so the start of `runMain`, right after the modules load,
 * is before it.
 */
export function useSingleCollectionMemoryReducer(): void {
  v8.setFlagsFromString('--memory-reducer-single-gc');
}
