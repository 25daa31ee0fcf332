import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { IsoDateTime, Tier, UserId, Uuid } from '../primitives';
import { Topics } from '../topics';

/** A LOST customer came back: the account is ACTIVE again (its health is assessed anew). */
export const AccountReopenedData = z.object({
  accountId: Uuid,
  ownerId: UserId,
  tier: Tier,
  reason: z.string().min(1),
  reopenedBy: UserId,
  reopenedAt: IsoDateTime,
});
export type AccountReopenedData = z.infer<typeof AccountReopenedData>;

export const AccountReopened = defineEvent({
  type: 'account.AccountReopened.v1',
  name: 'AccountReopened',
  version: 1,
  producer: 'account',
  topic: Topics.account,
  aggregateType: 'Account',
  description: 'A LOST account was reopened: ACTIVE again, with the reason.',
  schema: AccountReopenedData,
  subjectOf: (d) => d.accountId,
});
