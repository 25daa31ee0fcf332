import { BadInputError, DomainError, NotFoundError } from '@salesgraph/service-kit';

/** The contact module's refusals: a code to branch on and a message for a person. */
export const ContactException = {
  /** Unknown, invisible and malformed ids alike, like the contact's account. */
  notFound: (id: string) => new NotFoundError('Contact', id),

  inTheFuture: (field: 'lastInteractionAt' | 'at' | 'leftAt') =>
    new BadInputError(`${field} must not be in the future.`),

  notOfAccount: (contactId: string) =>
    new BadInputError(`contactId ${contactId} is not a contact of this account.`),

  /** The person left the customer: nothing more is planned or recorded with them. */
  inactive: (contact: { id: string; name: string }, action: string) =>
    new DomainError(
      'CONTACT_INACTIVE',
      `${contact.name} has left the customer (the contact is inactive): you cannot ${action}.`,
      { contactId: contact.id },
    ),

  alreadyLeft: (contact: { id: string; name: string }) =>
    new DomainError('CONTACT_INACTIVE', `${contact.name} is marked as having left already.`, {
      contactId: contact.id,
    }),

  stillActive: (contact: { id: string; name: string }) =>
    new BadInputError(`${contact.name} has not left the customer: there is nothing to reinstate.`),
};
