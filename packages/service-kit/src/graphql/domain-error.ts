import { GraphQLError } from 'graphql';

/**
 * An error a client may see: a stable code to branch on and a message meant
 * for a person. Services derive their `*.exception.ts` classes from these.
 */
export class DomainError extends GraphQLError {
  constructor(code: string, message: string, details?: Record<string, unknown>) {
    super(message, { extensions: { code, ...(details ?? {}) } });
    this.name = 'DomainError';
  }

  get code(): string {
    return String(this.extensions.code);
  }
}

export class BadInputError extends DomainError {
  constructor(message: string, details?: Record<string, unknown>) {
    super('BAD_USER_INPUT', message, details);
  }
}

export class NotFoundError extends DomainError {
  constructor(entity: string, id: string) {
    super('NOT_FOUND', `${entity} ${id} was not found, or you may not see it.`, { entity, id });
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'You are not allowed to do this.') {
    super('FORBIDDEN', message);
  }
}

/** A state machine refused a transition: the message names both states. */
export class InvalidTransitionError extends DomainError {
  constructor(entity: string, from: string, to: string, hint?: string) {
    super(
      'INVALID_TRANSITION',
      `${entity} cannot go from ${from} to ${to}.${hint ? ` ${hint}` : ''}`,
      { from, to },
    );
  }
}

/** Someone else changed the record first (optimistic locking), or it already happened. */
export class ConflictError extends DomainError {
  constructor(message: string, details?: Record<string, unknown>) {
    super('CONFLICT', message, details);
  }
}
