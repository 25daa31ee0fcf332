import type { EntityManager } from 'typeorm';
import type { SubscriberSpec } from '../app/service-spec';
import type { CommandContext } from '../command/command-context';

/**
 * A read model a service keeps from other services' events, and only from
 * them: a replay empties exactly its tables and the inbox rows of exactly its
 * consumers, then feeds their topics through them again. A service's own
 * state (what its users change) is never a projection.
 */
export interface ProjectionSpec {
  /** How an operator names it: `npm run replay -- <service> <name>`. */
  name: string;
  /** The tables the projection writes and nothing else does. */
  tables: string[];
  /**
   * The consumers that build it, with their live inbox names. When the live
   * handler also acts on the service's own state (account's commercials
   * reassess health), the replay gets handlers that only write the projection.
   */
  subscribers: SubscriberSpec[];
  /**
   * Runs in the transaction that empties the tables, for whatever keeps a
   * copy of them outside it (a per-instance cache told to forget at the commit).
   */
  onCleared?(manager: EntityManager): Promise<unknown>;
  /** Runs once after the projection is rebuilt, e.g. to reassess what the service derives from it. */
  afterReplay?(command: CommandContext): Promise<unknown>;
}
