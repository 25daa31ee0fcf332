import type { EventContext } from '@salesgraph/events';
import type { AuthenticatedUser } from '@salesgraph/identity';
import { eventContextOf, type GraphQLContext } from '@salesgraph/service-kit';

/**
 * Who is acting and the context of the events their change emits. Services
 * take this rather than a GraphQL context, so that the seed and event
 * handlers can act through the same code as a request.
 */
export interface Acting {
  user: AuthenticatedUser;
  event: EventContext;
}

export function actingOf(context: GraphQLContext): Acting {
  return { user: context.user, event: eventContextOf(context) };
}
