import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { IsoDateTime, UserId, Uuid } from '../primitives';
import { Topics } from '../topics';

/**
 * An admin decided a membership request, once and for good. An approval
 * changes the team in the same transaction, and that change is published as
 * SalesTeamUpdated (the event the other services' team directories follow);
 * this one is the request's record of who decided, when and why.
 */
export const SalesTeamMemberRequestDecidedData = z.object({
  requestId: Uuid,
  teamId: Uuid,
  userId: UserId.describe('the person the request was about'),
  role: z.enum(['SALES_REP', 'ACCOUNT_MANAGER']),
  requestedBy: UserId,
  decision: z.enum(['APPROVED', 'REJECTED']),
  decidedBy: UserId.describe('the admin who decided'),
  reason: z.string().optional().describe('why the admin decided so, when they said'),
  decidedAt: IsoDateTime,
});
export type SalesTeamMemberRequestDecidedData = z.infer<typeof SalesTeamMemberRequestDecidedData>;

export const SalesTeamMemberRequestDecided = defineEvent({
  type: 'planning.SalesTeamMemberRequestDecided.v1',
  name: 'SalesTeamMemberRequestDecided',
  version: 1,
  producer: 'planning',
  topic: Topics.planning,
  aggregateType: 'SalesTeamMembershipRequest',
  description:
    "An admin approved or rejected a sales manager's request to add someone to a team; an approval's change to the team is published as SalesTeamUpdated.",
  schema: SalesTeamMemberRequestDecidedData,
  subjectOf: (d) => d.requestId,
});
