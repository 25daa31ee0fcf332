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

export interface EventHandlerRegistration {
  definition: EventDefinition;
  handle: (event: Envelope, context: HandlerContext) => Promise<void>;
}

/** Binds a typed handler to an event contract. */
export function on<TType extends string, TSchema extends z.ZodType>(
  definition: EventDefinition<TType, TSchema>,
  handle: (event: Envelope<TType, z.infer<TSchema>>, context: HandlerContext) => Promise<void>,
): EventHandlerRegistration {
  return { definition, handle: handle as EventHandlerRegistration['handle'] };
}
