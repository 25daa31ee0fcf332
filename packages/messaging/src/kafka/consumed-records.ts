import type { PartitionRange } from './topic-admin';

/** Where a partition was cut: every record before `offset` is gone, `removed` of them now. */
export interface TruncatedPartition {
  partition: number;
  offset: string;
  removed: number;
}

/** A consumer group's committed offsets on one topic ('-1': nothing committed yet). */
export type CommittedOffsets = ReadonlyArray<{ partition: number; offset: string }>;

/**
 * Where each partition of a topic may be cut so that only records every named
 * group has consumed are removed: the lowest committed offset among the
 * groups (a committed offset is the next record to read). A partition that
 * some group has not committed on is left alone, and so is one already cut
 * there (the cut would not be above its first retained offset).
 */
export function consumedCuts(
  ranges: readonly PartitionRange[],
  groups: readonly CommittedOffsets[],
): TruncatedPartition[] {
  if (groups.length === 0) return [];
  const cuts: TruncatedPartition[] = [];
  for (const range of ranges) {
    let cut: bigint | undefined;
    for (const committed of groups) {
      const entry = committed.find((c) => c.partition === range.partition);
      const offset = entry ? BigInt(entry.offset) : -1n;
      if (offset < 0n) {
        cut = undefined;
        break;
      }
      cut = cut === undefined || offset < cut ? offset : cut;
    }
    if (cut === undefined) continue;
    const high = BigInt(range.high);
    if (cut > high) cut = high;
    const low = BigInt(range.low);
    if (cut <= low) continue;
    cuts.push({ partition: range.partition, offset: cut.toString(), removed: Number(cut - low) });
  }
  return cuts;
}
