import { DomainError } from '@salesgraph/service-kit';

/** Refusals about a contact's consent beyond the shared ones (service-kit's consent-decision): a code to branch on and a message for a person. */
export const ContactConsentException = {
  /** The contact withdrew consent on the channel a touchpoint would use. */
  withdrawn: (contact: { id: string; name: string }, channel: string, touchpointChannel: string) =>
    new DomainError(
      'CONSENT_WITHDRAWN',
      `${contact.name} has withdrawn consent to be contacted by ${channel}: a ${touchpointChannel} touchpoint cannot be planned with them. Record their consent first if they gave it again.`,
      { contactId: contact.id, channel },
    ),
};
