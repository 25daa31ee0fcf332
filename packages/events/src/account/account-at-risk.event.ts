import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { IsoDateTime, UserId, Uuid } from '../primitives';
import { Topics } from '../topics';
import { HealthReason } from './health-reason';

export const AccountAtRiskData = z.object({
  accountId: Uuid,
  ownerId: UserId,
  score: z.number().int().min(0).max(100),
  reasons: z.array(HealthReason),
  detectedAt: IsoDateTime,
});
export type AccountAtRiskData = z.infer<typeof AccountAtRiskData>;

export const AccountAtRisk = defineEvent({
  type: 'account.AccountAtRisk.v1',
  name: 'AccountAtRisk',
  version: 1,
  producer: 'account',
  topic: Topics.account,
  aggregateType: 'Account',
  description: "An account's health crossed into AT_RISK; the reasons say why.",
  schema: AccountAtRiskData,
  subjectOf: (d) => d.accountId,
});
