import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { IsoDateTime, Segment, Tier, UserId, Uuid } from '../primitives';
import { Topics } from '../topics';

/**
 * An account's own details changed: name, domain, industry, segment, or its
 * place in a group of companies (parentAccountId). The other services' account
 * directories take the name and domain from it.
 */
export const AccountUpdatedData = z.object({
  accountId: Uuid,
  ownerId: UserId,
  tier: Tier,
  changedFields: z
    .array(z.enum(['name', 'domain', 'industry', 'segment', 'parentAccountId']))
    .min(1),
  name: z.string().min(1),
  domain: z.string().nullable().describe('normalised: lower case, no scheme, no "www."'),
  industry: z.string().nullable(),
  segment: Segment,
  parentAccountId: Uuid.nullable(),
  updatedBy: UserId,
  updatedAt: IsoDateTime,
});
export type AccountUpdatedData = z.infer<typeof AccountUpdatedData>;

export const AccountUpdated = defineEvent({
  type: 'account.AccountUpdated.v1',
  name: 'AccountUpdated',
  version: 1,
  producer: 'account',
  topic: Topics.account,
  aggregateType: 'Account',
  description:
    'An account’s name, domain, industry, segment or parent company changed (the values after the change).',
  schema: AccountUpdatedData,
  subjectOf: (d) => d.accountId,
});
