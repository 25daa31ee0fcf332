import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { IsoDateTime, UserId, Uuid } from '../primitives';
import { Topics } from '../topics';
import { HealthReason } from './health-reason';

export const AccountRecoveredData = z.object({
  accountId: Uuid,
  ownerId: UserId,
  score: z.number().int().min(0).max(100),
  reasons: z.array(HealthReason),
  recoveredAt: IsoDateTime,
});
export type AccountRecoveredData = z.infer<typeof AccountRecoveredData>;

export const AccountRecovered = defineEvent({
  type: 'account.AccountRecovered.v1',
  name: 'AccountRecovered',
  version: 1,
  producer: 'account',
  topic: Topics.account,
  aggregateType: 'Account',
  description: "An account's health left AT_RISK.",
  schema: AccountRecoveredData,
  subjectOf: (d) => d.accountId,
});
