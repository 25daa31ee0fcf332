import { DomainError, NotFoundError } from '@salesgraph/service-kit';

export class AccountNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('Account', id);
  }
}

/** An account id that is already taken, e.g. by a different lead's conversion. */
export class AccountAlreadyExistsError extends DomainError {
  constructor(id: string) {
    super('CONFLICT', `An account with id ${id} already exists.`, { id });
  }
}
