import { z } from 'zod';
import { IsoDateTime, UserId, Uuid } from './primitives';

/**
 * What every "activity logged" event says of a call, e-mail, meeting or
 * visit: never its notes or visit report, which are the sales team's own and
 * stay in the producing service.
 */
export const ActivityFields = {
  activityId: Uuid,
  type: z.string().min(1).describe('CALL, EMAIL, VISIT (and MEETING on accounts)'),
  occurredAt: IsoDateTime,
  hasVisitReport: z.boolean(),
  loggedBy: UserId,
  loggedAt: IsoDateTime,
};
