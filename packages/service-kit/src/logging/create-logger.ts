import pino, { type Logger } from 'pino';
import { currentLogContext } from './request-context';

export type { Logger } from 'pino';

/**
 * JSON logs, one line each, with the correlation id of the request or event
 * being served mixed in, so that one flow can be followed across services.
 */
export function createLogger(service: string, level: string = 'info'): Logger {
  return pino({
    name: service,
    level,
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    redact: {
      paths: ['*.authorization', '*.password', 'headers.authorization', 'token'],
      censor: '[redacted]',
    },
    mixin: () => {
      const context = currentLogContext();
      return context ? { ...context } : {};
    },
  });
}
