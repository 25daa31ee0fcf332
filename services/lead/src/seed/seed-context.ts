import { DemoUsers } from '@salesgraph/demo-data';
import type { AuthenticatedUser } from '@salesgraph/identity';
import {
  serviceCommand,
  userCommand,
  type Clock,
  type CommandContext,
} from '@salesgraph/service-kit';
import { leadServiceName } from '../config';

const correlationId = 'seed:lead-demo';
const users = new Map<string, AuthenticatedUser>(
  Object.values(DemoUsers).map((u) => [u.id, u as AuthenticatedUser]),
);

/** Who acts in the seed: demo users through the same service calls as their mutations, or marketing. */
export class SeedContext {
  constructor(readonly clock: Clock) {}

  /** The demo user `userId`, as if they had sent the mutation. */
  as(userId: string): CommandContext {
    const user = users.get(userId);
    if (!user) throw new Error(`seed: ${userId} is not a demo user`);
    return userCommand(user, { correlationId, clock: this.clock });
  }

  /** The intake of marketing's captured leads, recorded as marketing's automation sent them. */
  get marketing(): CommandContext {
    return {
      ...serviceCommand(leadServiceName, this.clock, correlationId),
      actor: { type: 'system', id: 'marketing-automation' },
    };
  }
}
