import { BadInputError, DomainError } from '@salesgraph/service-kit';

/** Refusals of a consent record on a lead: a code to branch on and a message for a person. */
export const LeadConsentException = {
  inTheFuture: () =>
    new BadInputError('effectiveAt must not be in the future: record a consent once it is given.', {
      field: 'effectiveAt',
    }),

  sourceNotForUsers: (source: string) =>
    new BadInputError(
      `source ${source} is recorded by the platform itself (marketing's form, a lead conversion): say how the person told you (PHONE_CALL, MEETING, EMAIL, WRITTEN).`,
      { field: 'source' },
    ),

  noChannels: () =>
    new BadInputError('channels must name at least one channel.', { field: 'channels' }),

  /** A converted lead's person is the account's contact now: their consent is recorded there. */
  converted: (leadId: string) =>
    new DomainError(
      'LEAD_CLOSED',
      `Lead ${leadId} is converted: record the consent on the account's contact, which carries it now.`,
      { leadId },
    ),
};
