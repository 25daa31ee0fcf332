import type { IncomingMessage, PartitionRange } from '@salesgraph/messaging';

/**
 * Which partitions a replay still has to read, up to the end offsets
 * recorded when it started. Empty partitions are done from the start.
 */
export class ReplayProgress {
  private readonly ends = new Map<string, bigint>();
  private readonly remaining = new Set<string>();
  private readonly recorded: Record<string, Record<string, string>> = {};
  private listener?: () => void;

  expect(topic: string, ranges: PartitionRange[]): void {
    this.recorded[topic] = {};
    for (const range of ranges) {
      const key = `${topic}:${range.partition}`;
      this.ends.set(key, BigInt(range.high));
      this.recorded[topic][String(range.partition)] = range.high;
      if (BigInt(range.high) > BigInt(range.low)) this.remaining.add(key);
    }
  }

  /** Whether a message is before the recorded end of its partition. */
  wanted(message: IncomingMessage): boolean {
    const end = this.ends.get(`${message.topic}:${message.partition}`);
    const wanted = end !== undefined && BigInt(message.offset) < end;
    if (!wanted) this.seen(message);
    return wanted;
  }

  seen(message: IncomingMessage): void {
    const key = `${message.topic}:${message.partition}`;
    const end = this.ends.get(key);
    if (end === undefined || BigInt(message.offset) + 1n < end) return;
    this.remaining.delete(key);
    if (this.done()) this.listener?.();
  }

  done(): boolean {
    return this.remaining.size === 0;
  }

  /** Resolves once every partition is read to its recorded end; fails after `timeoutMs`. */
  finished(timeoutMs: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(new Error(`replay did not reach the recorded end offsets within ${timeoutMs} ms`)),
        timeoutMs,
      );
      this.listener = () => {
        clearTimeout(timer);
        resolve();
      };
      if (this.done()) this.listener();
    });
  }

  endOffsets(): Record<string, Record<string, string>> {
    return this.recorded;
  }
}
