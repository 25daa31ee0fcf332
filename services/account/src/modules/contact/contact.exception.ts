import { BadInputError, NotFoundError } from '@salesgraph/service-kit';

/** The contact module's refusals: a code to branch on and a message for a person. */
export const ContactException = {
  /** Unknown, invisible and malformed ids alike, like the contact's account. */
  notFound: (id: string) => new NotFoundError('Contact', id),

  inTheFuture: (field: 'lastInteractionAt' | 'at') =>
    new BadInputError(`${field} must not be in the future.`),

  notOfAccount: (contactId: string) =>
    new BadInputError(`contactId ${contactId} is not a contact of this account.`),
};
