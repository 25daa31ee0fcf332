import { DemoUsers } from '@salesgraph/demo-data';
import type { EventContext } from '@salesgraph/events';
import type { AuthenticatedUser } from '@salesgraph/identity';
import { createGraphQLContext, type GraphQLContext } from '@salesgraph/service-kit';
import type { Logger } from 'pino';

const correlationId = 'seed:lead-demo';
const users = new Map<string, AuthenticatedUser>(
  Object.values(DemoUsers).map((u) => [u.id, u as AuthenticatedUser]),
);

/** Who acts in the seed: demo users through the same service calls as their mutations, or marketing. */
export class SeedContext {
  constructor(private readonly logger: Logger) {}

  /** The demo user `userId`, as if they had sent the mutation. */
  as(userId: string): GraphQLContext {
    const user = users.get(userId);
    if (!user) throw new Error(`seed: ${userId} is not a demo user`);
    return createGraphQLContext(user, correlationId, this.logger);
  }

  /** Marketing's automation, which publishes captured leads. */
  get marketing(): EventContext {
    return { correlationId, actor: { type: 'system', id: 'marketing-automation' } };
  }
}
