import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { IsoDateTime, UserId, Uuid } from '../primitives';
import { Topics } from '../topics';

export const AccountTeamChangedData = z.object({
  accountId: Uuid,
  memberId: Uuid,
  userId: UserId,
  department: z.enum(['SALES', 'TECHNICAL', 'LOGISTICS', 'FINANCE', 'SERVICE']),
  role: z.string(),
  change: z.enum(['ADDED', 'REMOVED']),
  changedAt: IsoDateTime,
});
export type AccountTeamChangedData = z.infer<typeof AccountTeamChangedData>;

export const AccountTeamChanged = defineEvent({
  type: 'account.AccountTeamChanged.v1',
  name: 'AccountTeamChanged',
  version: 1,
  producer: 'account',
  topic: Topics.account,
  aggregateType: 'AccountTeamMember',
  description: 'An internal colleague joined or left the team serving an account.',
  schema: AccountTeamChangedData,
  subjectOf: (d) => d.memberId,
});
