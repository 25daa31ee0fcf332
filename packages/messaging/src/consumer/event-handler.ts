import type { Envelope, EventContext, EventDefinition } from '@salesgraph/events';
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import type { IncomingMessage } from '../kafka/message';
import type { Logger } from '../logger';

export interface HandlerContext {
  /** The transaction the inbox row is written in: the handler's effect must use it. */
  manager: EntityManager;
  message: IncomingMessage;
  logger: Logger;
  /** For events the handler publishes: same correlation, caused by this event, acted by this service. */
  eventContext: EventContext;
}

/** The context of the events a handler publishes in answer to `event`: same correlation, caused by it, acted by this service. */
export function consumedEventContext(event: Envelope, serviceName: string): EventContext {
  return {
    correlationId: event.correlationid,
    causationId: event.id,
    actor: { type: 'service', id: serviceName },
  };
}

/** One event of a batch, with what a one-at-a-time handler would have been told about it. */
export interface BatchedEvent<TEvent extends Envelope = Envelope> {
  event: TEvent;
  message: IncomingMessage;
  eventContext: EventContext;
}

export interface BatchHandlerContext {
  /** The one transaction of the whole batch and its inbox rows. */
  manager: EntityManager;
  logger: Logger;
}

export interface EventHandlerRegistration {
  definition: EventDefinition;
  handle: (event: Envelope, context: HandlerContext) => Promise<void>;
  /**
   * Optional: many events of this type in one transaction, in the order they
   * were consumed, each new to the inbox. Its effect must be what `handle`
   * would have had on each in turn; if it throws, the subscriber hands the
   * same events to `handle` one at a time.
   */
  handleBatch?: (events: BatchedEvent[], context: BatchHandlerContext) => Promise<void>;
}

/** Binds a typed handler (and, optionally, its batch form) to an event contract. */
export function on<TType extends string, TSchema extends z.ZodType>(
  definition: EventDefinition<TType, TSchema>,
  handle: (event: Envelope<TType, z.infer<TSchema>>, context: HandlerContext) => Promise<void>,
  handleBatch?: (
    events: Array<BatchedEvent<Envelope<TType, z.infer<TSchema>>>>,
    context: BatchHandlerContext,
  ) => Promise<void>,
): EventHandlerRegistration {
  return {
    definition,
    handle: handle as EventHandlerRegistration['handle'],
    ...(handleBatch ? { handleBatch: handleBatch as EventHandlerRegistration['handleBatch'] } : {}),
  };
}
