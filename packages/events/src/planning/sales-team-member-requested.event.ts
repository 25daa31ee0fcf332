import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { IsoDateTime, UserId, Uuid } from '../primitives';
import { Topics } from '../topics';

/**
 * A sales manager asked for someone to join a team they lead. Membership
 * decides whose records a manager sees, so nothing changes until an admin
 * decides (SalesTeamMemberRequestDecided); the request's own record of who
 * asked, when and why.
 */
export const SalesTeamMemberRequestedData = z.object({
  requestId: Uuid,
  teamId: Uuid,
  userId: UserId.describe('the person to add'),
  role: z.enum(['SALES_REP', 'ACCOUNT_MANAGER']),
  requestedBy: UserId.describe('the sales manager who asked'),
  reason: z.string().optional().describe('why the manager asks, when they said'),
  requestedAt: IsoDateTime,
});
export type SalesTeamMemberRequestedData = z.infer<typeof SalesTeamMemberRequestedData>;

export const SalesTeamMemberRequested = defineEvent({
  type: 'planning.SalesTeamMemberRequested.v1',
  name: 'SalesTeamMemberRequested',
  version: 1,
  producer: 'planning',
  topic: Topics.planning,
  aggregateType: 'SalesTeamMembershipRequest',
  description:
    'A sales manager asked an admin to add a rep or account manager to a team they lead; nothing changes until an admin decides.',
  schema: SalesTeamMemberRequestedData,
  subjectOf: (d) => d.requestId,
});
