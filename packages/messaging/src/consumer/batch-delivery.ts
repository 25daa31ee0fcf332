import type { Envelope } from '@salesgraph/events';
import type { DataSource } from 'typeorm';
import type { IncomingMessage, MessageControl } from '../kafka/message';
import type { Logger } from '../logger';
import { secondsSince, type MessagingObserver } from '../observability/messaging-observer';
import { consumedEventContext, type EventHandlerRegistration } from './event-handler';
import { recordNewInInbox } from './inbox-batch';

/** A valid event whose handler takes batches, with the message it came in. */
export interface BatchItem {
  registration: EventHandlerRegistration;
  event: Envelope;
  message: IncomingMessage;
}

export interface BatchDeliveryOptions {
  groupId: string;
  serviceName: string;
  dataSource: DataSource;
  logger: Logger;
  observer?: MessagingObserver;
  /** The subscriber's one-event path: retries, dead letters, its own transaction. */
  oneByOne: (message: IncomingMessage, control?: MessageControl) => Promise<unknown>;
  stopping: () => boolean;
}

/**
 * Many events of one handler in one transaction with their inbox rows (one
 * statement), which is what makes a high-volume topic cheap. Exactly once
 * holds as for one event: effect and inbox rows commit together. If anything
 * in the batch fails, the transaction rolls back and the same events go
 * through the one-event path, in order, so that one bad event is retried or
 * dead-lettered alone and the others still land.
 */
export class BatchDelivery {
  constructor(private readonly options: BatchDeliveryOptions) {}

  async deliver(items: BatchItem[], control?: MessageControl): Promise<void> {
    const started = process.hrtime.bigint();
    const { groupId, serviceName, dataSource, logger } = this.options;
    const handleBatch = items[0].registration.handleBatch!;
    let fresh: BatchItem[];
    try {
      fresh = await dataSource.transaction(async (manager) => {
        const recorded = await recordNewInInbox(manager, groupId, items);
        if (recorded.length > 0)
          await handleBatch(
            recorded.map(({ event, message }) => ({
              event,
              message,
              eventContext: consumedEventContext(event, serviceName),
            })),
            { manager, logger },
          );
        return recorded;
      });
    } catch (error) {
      if (this.options.stopping()) throw error; // uncommitted: the partition's next owner retries
      logger.warn(
        { err: error, events: items.length, firstOffset: items[0].message.offset },
        'batch failed, handling its events one at a time',
      );
      for (const item of items) await this.options.oneByOne(item.message, control);
      return;
    }
    const seconds = secondsSince(started) / items.length;
    const handled = new Set(fresh);
    for (const item of items)
      this.options.observer?.handled?.({
        group: groupId,
        topic: item.message.topic,
        eventType: item.event.type,
        outcome: handled.has(item) ? 'handled' : 'duplicate',
        seconds,
      });
  }
}
