import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { personal } from '../personal-data';
import { IsoDateTime, UserId, Uuid } from '../primitives';
import { Topics } from '../topics';

/**
 * A lead from marketing belongs to a company that is a customer already: its
 * company domain or e-mail domain is an existing account's. Instead of the
 * new-business queue it goes to that account's owner (`accountOwnerId`), as a
 * signal with a suggested opportunity on the account.
 */
export const AccountSignalDetectedData = z.object({
  leadId: Uuid,
  accountId: Uuid,
  accountName: z.string(),
  accountOwnerId: UserId,
  matchedOn: z.enum(['COMPANY_DOMAIN', 'EMAIL_DOMAIN']),
  domain: z.string().min(1),
  company: z.string(),
  contactName: personal(z.string()),
  source: z.string(),
  campaign: z.string().optional(),
  suggestedOpportunityName: z.string().min(1),
  detectedAt: IsoDateTime,
});
export type AccountSignalDetectedData = z.infer<typeof AccountSignalDetectedData>;

export const AccountSignalDetected = defineEvent({
  type: 'lead.AccountSignalDetected.v1',
  name: 'AccountSignalDetected',
  version: 1,
  producer: 'lead',
  topic: Topics.lead,
  aggregateType: 'Lead',
  description:
    'A captured lead matched an existing account by domain: it went to the account owner as a signal (with a suggested opportunity), not into the new-business queue.',
  schema: AccountSignalDetectedData,
  subjectOf: (d) => d.leadId,
});
