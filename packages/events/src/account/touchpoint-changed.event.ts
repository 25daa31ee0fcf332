import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { IsoDate, IsoDateTime, UserId, Uuid } from '../primitives';
import { Topics } from '../topics';

/** Marketing plans its communication with decision makers from these. */
export const TouchpointChangedData = z.object({
  accountId: Uuid,
  touchpointId: Uuid,
  contactId: Uuid,
  channel: z.enum(['EMAIL', 'PHONE', 'VISIT', 'EVENT', 'WEBINAR', 'NEWSLETTER']),
  cadence: z.enum(['ONCE', 'WEEKLY', 'MONTHLY', 'QUARTERLY', 'YEARLY']),
  ownerId: UserId,
  nextDate: IsoDate.optional(),
  status: z.enum(['PLANNED', 'DONE', 'CANCELLED']),
  change: z.enum(['PLANNED', 'COMPLETED', 'CANCELLED']),
  doneAt: IsoDateTime.optional().describe(
    'For COMPLETED: when it took place, which may be before it was recorded (changedAt)',
  ),
  changedAt: IsoDateTime,
});
export type TouchpointChangedData = z.infer<typeof TouchpointChangedData>;

export const TouchpointChanged = defineEvent({
  type: 'account.TouchpointChanged.v1',
  name: 'TouchpointChanged',
  version: 1,
  producer: 'account',
  topic: Topics.account,
  aggregateType: 'CommunicationTouchpoint',
  description:
    'A planned touchpoint with a decision maker was planned, carried out (next date moves on) or cancelled.',
  schema: TouchpointChangedData,
  subjectOf: (d) => d.touchpointId,
});
