import { z } from 'zod';
import { ConsentDecision } from '../consent/consent-fields';
import { defineEvent } from '../event-definition';
import { personal } from '../personal-data';
import { IsoDateTime, Segment, UserId, Uuid } from '../primitives';
import { Topics } from '../topics';

/**
 * Contract with the account service: it creates the customer account with
 * exactly `accountId` and its first contact with `contactId`, so that a
 * redelivered event can never create a second account.
 */
export const LeadConvertedData = z.object({
  leadId: Uuid,
  accountId: Uuid,
  contactId: Uuid,
  opportunityId: Uuid,
  ownerId: UserId,
  externalId: z.string().optional(),
  company: z.object({
    name: z.string().min(1),
    domain: z.string().optional(),
    industry: z.string().optional(),
    segment: Segment,
    country: z.string().optional(),
  }),
  contact: z.object({
    name: personal(z.string().min(1)),
    email: personal(z.email()).optional(),
    phone: personal(z.string()).optional(),
    title: personal(z.string()).optional(),
  }),
  /**
   * True when the lead converted into an account that exists already
   * (`accountId`): the account service adds the contact to it and opens no
   * account. The lead service then waits for no AccountCreated.
   */
  existingAccount: z.boolean().optional(),
  /**
   * The contact's consent per channel as the lead last recorded it, so the
   * contact starts with it (the account service records each as given or
   * withdrawn, source LEAD_CONVERSION). Added as an optional field within v1:
   * older events without it still validate and convert with no consent known,
   * and a consumer that does not know the field ignores it, so neither side
   * breaks (a change that could would be LeadConverted.v2).
   */
  consent: z.array(ConsentDecision).optional(),
  convertedAt: IsoDateTime,
});
export type LeadConvertedData = z.infer<typeof LeadConvertedData>;

export const LeadConverted = defineEvent({
  type: 'lead.LeadConverted.v1',
  name: 'LeadConverted',
  version: 1,
  producer: 'lead',
  topic: Topics.lead,
  aggregateType: 'Lead',
  description:
    'A qualified lead was converted into a customer account, a first contact and an opportunity.',
  schema: LeadConvertedData,
  subjectOf: (d) => d.leadId,
});
