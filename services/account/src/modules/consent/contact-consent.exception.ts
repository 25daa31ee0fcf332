import { BadInputError, DomainError } from '@salesgraph/service-kit';

/** Refusals about a contact's consent: a code to branch on and a message for a person. */
export const ContactConsentException = {
  inTheFuture: () =>
    new BadInputError('effectiveAt must not be in the future: record a consent once it is given.', {
      field: 'effectiveAt',
    }),

  sourceNotForUsers: (source: string) =>
    new BadInputError(
      `source ${source} is recorded by the platform itself (marketing's form, a lead conversion): say how the person told you (PHONE_CALL, MEETING, EMAIL, WRITTEN).`,
      { field: 'source' },
    ),

  /** The contact withdrew consent on the channel a touchpoint would use. */
  withdrawn: (contact: { id: string; name: string }, channel: string, touchpointChannel: string) =>
    new DomainError(
      'CONSENT_WITHDRAWN',
      `${contact.name} has withdrawn consent to be contacted by ${channel}: a ${touchpointChannel} touchpoint cannot be planned with them. Record their consent first if they gave it again.`,
      { contactId: contact.id, channel },
    ),
};
