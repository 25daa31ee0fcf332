import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { IsoDateTime, Tier, UserId, Uuid } from '../primitives';
import { Topics } from '../topics';

/** The customer is gone: the account was closed as LOST, with the reason. */
export const AccountLostData = z.object({
  accountId: Uuid,
  ownerId: UserId,
  tier: Tier,
  previousStatus: z.enum(['ACTIVE', 'AT_RISK']),
  reason: z.string().min(1),
  lostBy: UserId,
  lostAt: IsoDateTime,
});
export type AccountLostData = z.infer<typeof AccountLostData>;

export const AccountLost = defineEvent({
  type: 'account.AccountLost.v1',
  name: 'AccountLost',
  version: 1,
  producer: 'account',
  topic: Topics.account,
  aggregateType: 'Account',
  description:
    'An account was closed as LOST with a reason: it changes hands no more and its health is no longer assessed.',
  schema: AccountLostData,
  subjectOf: (d) => d.accountId,
});
