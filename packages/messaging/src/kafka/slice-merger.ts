import { groupedBy, runsUpTo } from '../runs';
import type { IncomingMessage, MessageControl } from './message';

type BatchHandler = (messages: IncomingMessage[], control: MessageControl) => Promise<void>;

interface Waiting {
  slice: IncomingMessage[];
  control: MessageControl;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * Slices of several partitions of one topic handed over together, merged into one call of the
 * handler while together they hold at most `size` messages. One fetch brings a batch of every partition that
 * has messages, and a consumer with partitions in parallel used to handle each in a transaction
 * of its own, side by side: at 1,000 marketing leads a second the lead intake ran three
 * transactions of about 60 leads per fetch, each paying the statements and round trips a batch
 * costs whatever its size, and queueing for the assignment lock one after the other (issue 17).
 * Merged, they are one transaction; slices that do not fit together still run side by side.
 *
 * Slices are gathered until the event loop has run what was already due (`setImmediate`), which
 * is when kafkajs has handed over every batch of the fetch. Each partition's messages stay
 * together and in order; what partitions are merged in what order does not matter to a consumer
 * (their order against each other was never defined). Every slice of a merged call settles as
 * the call does: a failure reaches each partition's loop, as it would have reached its own.
 */
export class SliceMerger {
  private waiting: Waiting[] = [];

  constructor(
    private readonly handler: BatchHandler,
    private readonly size: number,
  ) {}

  /** Hands a slice over; settles once the call it was merged into has. */
  readonly handle: BatchHandler = (slice, control) =>
    new Promise<void>((resolve, reject) => {
      if (this.waiting.length === 0) setImmediate(() => this.flush());
      this.waiting.push({ slice, control, resolve, reject });
    });

  private flush(): void {
    const waiting = this.waiting;
    this.waiting = [];
    // One topic a call: a handler may route a call by its topic (SharedConsumer's lanes).
    for (const ofTopic of groupedBy(waiting, (w) => w.slice[0]?.topic ?? '').values())
      for (const group of runsUpTo(ofTopic, (w) => w.slice.length, this.size)) void this.run(group);
  }

  private async run(group: Waiting[]): Promise<void> {
    const control: MessageControl = {
      // Every partition's own: a rebalance that takes one away is heard as it would be alone.
      heartbeat: async () => {
        for (const { control } of group) await control.heartbeat();
      },
    };
    try {
      await this.handler(
        group.length === 1 ? group[0].slice : group.flatMap((w) => w.slice),
        group.length === 1 ? group[0].control : control,
      );
      for (const w of group) w.resolve();
    } catch (error) {
      for (const w of group) w.reject(error);
    }
  }
}
