import { AsyncLocalStorage } from 'node:async_hooks';
import type { LogContext } from '../logging/request-context';
import type { StatementTally } from '../observability/sql-statement-count';

/** What the serving of one request carries through all of its asynchronous work. */
export interface RequestScope {
  /** What its log lines carry (logging/request-context.ts). */
  readonly log?: LogContext;
  /** The statements it has sent (observability/sql-statement-count.ts). */
  readonly statements?: StatementTally;
}

/**
 * One AsyncLocalStorage for everything a request carries, not one per
 * concern: Node hands every AsyncLocalStorage the store of each new promise
 * and callback, so each one more costs every asynchronous step of every
 * request (about 1 % of a subgraph's CPU under the key-account query).
 */
const scope = new AsyncLocalStorage<RequestScope>();

/** Runs `fn` with `part` added to (or replacing in) the current scope. */
export function runInScope<T>(part: RequestScope, fn: () => T): T {
  return scope.run({ ...scope.getStore(), ...part }, fn);
}

/** The current scope, or undefined outside any. */
export function currentScope(): RequestScope | undefined {
  return scope.getStore();
}
