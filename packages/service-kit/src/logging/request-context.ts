import { currentScope, runInScope } from '../context/request-scope';

/** What every log line written while serving a request or an event carries. */
export interface LogContext {
  correlationId: string;
  userId?: string;
  eventId?: string;
}

export function runWithLogContext<T>(context: LogContext, fn: () => T): T {
  return runInScope({ log: context }, fn);
}

/** The log context of the request being served, or undefined outside one. */
export function currentLogContext(): LogContext | undefined {
  return currentScope()?.log;
}
