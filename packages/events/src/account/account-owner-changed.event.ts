import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { IsoDateTime, Tier, UserId, Uuid } from '../primitives';
import { Topics } from '../topics';

/** `ruleVersion` names the version of the ownership handoff rule that decided the change. */
export const AccountOwnerChangedData = z.object({
  accountId: Uuid,
  previousOwnerId: UserId,
  ownerId: UserId,
  tier: Tier,
  reason: z.string(),
  ruleVersion: z.string().min(1),
  changedAt: IsoDateTime,
});
export type AccountOwnerChangedData = z.infer<typeof AccountOwnerChangedData>;

export const AccountOwnerChanged = defineEvent({
  type: 'account.AccountOwnerChanged.v1',
  name: 'AccountOwnerChanged',
  version: 1,
  producer: 'account',
  topic: Topics.account,
  aggregateType: 'Account',
  description: 'The owner of an account changed, by the handoff rule of the given version.',
  schema: AccountOwnerChangedData,
  subjectOf: (d) => d.accountId,
});
