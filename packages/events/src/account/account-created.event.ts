import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { IsoDateTime, Segment, Tier, UserId, Uuid } from '../primitives';
import { Topics } from '../topics';

/**
 * Also the confirmation back to the lead service: when `leadId` is set, the
 * account was created from that lead's LeadConverted event.
 */
export const AccountCreatedData = z.object({
  accountId: Uuid,
  name: z.string(),
  domain: z.string().optional(),
  industry: z.string().optional(),
  segment: Segment,
  tier: Tier,
  ownerId: UserId,
  parentAccountId: Uuid.optional(),
  origin: z.enum(['LEAD_CONVERSION', 'MANUAL']),
  leadId: Uuid.optional(),
  createdAt: IsoDateTime,
});
export type AccountCreatedData = z.infer<typeof AccountCreatedData>;

export const AccountCreated = defineEvent({
  type: 'account.AccountCreated.v1',
  name: 'AccountCreated',
  version: 1,
  producer: 'account',
  topic: Topics.account,
  aggregateType: 'Account',
  description: 'A customer account was created, from a converted lead or by hand.',
  schema: AccountCreatedData,
  subjectOf: (d) => d.accountId,
});
