import { AsyncLocalStorage } from 'node:async_hooks';

/** What every log line written while serving a request or an event carries. */
export interface LogContext {
  correlationId: string;
  userId?: string;
  eventId?: string;
}

export const logContext = new AsyncLocalStorage<LogContext>();

export function runWithLogContext<T>(context: LogContext, fn: () => T): T {
  return logContext.run(context, fn);
}
