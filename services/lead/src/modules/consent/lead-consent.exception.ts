import { DomainError } from '@salesgraph/service-kit';

/** Refusals of a consent record on a lead beyond the shared ones (service-kit's consent-decision): a code to branch on and a message for a person. */
export const LeadConsentException = {
  /** A converted lead's person is the account's contact now: their consent is recorded there. */
  converted: (leadId: string) =>
    new DomainError(
      'LEAD_CLOSED',
      `Lead ${leadId} is converted: record the consent on the account's contact, which carries it now.`,
      { leadId },
    ),
};
