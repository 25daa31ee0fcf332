import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { IsoDateTime, UserId, Uuid } from '../primitives';
import { Topics } from '../topics';

/**
 * The full membership of a sales team after a change. Other services keep a
 * directory from it to answer "which records may this manager see".
 */
export const SalesTeamUpdatedData = z.object({
  teamId: Uuid,
  name: z.string(),
  managerId: UserId,
  members: z.array(z.object({ userId: UserId, role: z.enum(['SALES_REP', 'ACCOUNT_MANAGER']) })),
  updatedAt: IsoDateTime,
});
export type SalesTeamUpdatedData = z.infer<typeof SalesTeamUpdatedData>;

export const SalesTeamUpdated = defineEvent({
  type: 'planning.SalesTeamUpdated.v1',
  name: 'SalesTeamUpdated',
  version: 1,
  producer: 'planning',
  topic: Topics.planning,
  aggregateType: 'SalesTeam',
  description:
    'A sales team was created or its manager or members changed; carries the whole team.',
  schema: SalesTeamUpdatedData,
  subjectOf: (d) => d.teamId,
});
