import type { EventContext } from '@salesgraph/events';
import type { AuthenticatedUser } from '@salesgraph/identity';

/**
 * Who asks a service to act: a GraphQL request context satisfies it, and so
 * does the seed script, which acts as a demo user without an HTTP request.
 */
export interface Caller {
  user: AuthenticatedUser;
  correlationId: string;
}

/** The event context of events a caller's command emits: the user acted, in their correlation. */
export function eventContextFor(caller: Caller): EventContext {
  return { correlationId: caller.correlationId, actor: { type: 'user', id: caller.user.id } };
}
