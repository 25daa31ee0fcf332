import type { Actor, EventContext } from '@salesgraph/events';
import type { AuthenticatedUser } from '@salesgraph/identity';
import type { EntityManager } from 'typeorm';
import type { Clock } from '../domain/clock';
import { LoaderRegistry } from '../graphql/loader-registry';

/**
 * Everything a service method learns from the edge, in one shape whether the
 * edge is a GraphQL request, an event handler, a job or the seed:
 * - who acts (`user`, with roles; `actor`, as events record it);
 * - the correlation of the flow and the cause of this command (an event id);
 * - the clock to read "now" from;
 * - per-command state: DataLoaders and memoised answers (an access scope),
 *   never shared between two users;
 * - for an event handler, the transaction its inbox row is written in, which
 *   the service must join so that effect and inbox commit together.
 */
export interface CommandContext {
  readonly user: AuthenticatedUser;
  readonly actor: Actor;
  readonly correlationId: string;
  readonly causationId?: string;
  readonly clock: Clock;
  readonly loaders: LoaderRegistry;
  readonly transaction?: EntityManager;
}

/** A person's command: a GraphQL request, or the seed acting as a demo user. */
export function userCommand(
  user: AuthenticatedUser,
  options: { correlationId: string; clock: Clock; causationId?: string },
): CommandContext {
  return {
    user,
    actor: { type: 'user', id: user.id },
    correlationId: options.correlationId,
    ...(options.causationId ? { causationId: options.causationId } : {}),
    clock: options.clock,
    loaders: new LoaderRegistry(),
  };
}

/**
 * The identity a service acts under when nobody asked it to: reacting to an
 * event or running a job. It may do what the service does on its own; the
 * event it reacts to was checked where it was produced.
 */
export function serviceUser(serviceName: string): AuthenticatedUser {
  return { id: `service:${serviceName}`, name: `${serviceName} service`, roles: ['ADMIN'] };
}

/** A service reacting to an event, inside the handler's transaction. */
export function eventCommand(
  serviceName: string,
  handler: { manager: EntityManager; eventContext: EventContext },
  clock: Clock,
): CommandContext {
  return {
    user: serviceUser(serviceName),
    actor: handler.eventContext.actor,
    correlationId: handler.eventContext.correlationId,
    ...(handler.eventContext.causationId ? { causationId: handler.eventContext.causationId } : {}),
    clock,
    loaders: new LoaderRegistry(),
    transaction: handler.manager,
  };
}

/** A service acting on its own: a periodic job, a replay. */
export function serviceCommand(
  serviceName: string,
  clock: Clock,
  correlationId = `${serviceName}-${new Date().toISOString()}`,
): CommandContext {
  return {
    user: serviceUser(serviceName),
    actor: { type: 'service', id: serviceName },
    correlationId,
    clock,
    loaders: new LoaderRegistry(),
  };
}

/**
 * The context of the events a command emits: its correlation, cause and
 * actor. Takes the command, or a GraphQL context (which carries one).
 */
export function eventContextOf(source: CommandContext | { command: CommandContext }): EventContext {
  const command = 'command' in source ? source.command : source;
  return {
    correlationId: command.correlationId,
    ...(command.causationId ? { causationId: command.causationId } : {}),
    actor: command.actor,
  };
}
