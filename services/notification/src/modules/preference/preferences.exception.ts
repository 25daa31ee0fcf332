import { BadInputError, ForbiddenError } from '@salesgraph/service-kit';

export class NotYourPreferencesError extends ForbiddenError {
  constructor() {
    super(
      'Only the user themselves (or an admin) changes which notifications reach them by e-mail.',
    );
  }
}

export class BadEmailAddressError extends BadInputError {
  constructor(address: string) {
    super(`"${address}" is not an e-mail address.`, { field: 'emailAddress' });
  }
}
