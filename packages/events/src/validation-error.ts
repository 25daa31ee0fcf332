import type { z } from 'zod';

/** A readable one-line summary of what failed, for logs and dead-letter reasons. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length ? issue.path.join('.') : '(root)'}: ${issue.message}`)
    .join('; ');
}

/** Thrown when a producer tries to publish data that breaks its own contract. */
export class EventValidationError extends Error {
  constructor(
    readonly eventType: string,
    readonly details: string,
  ) {
    super(`${eventType} does not match its contract: ${details}`);
    this.name = 'EventValidationError';
  }
}
