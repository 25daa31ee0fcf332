import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { personal } from '../personal-data';
import { IsoDateTime, UserId } from '../primitives';
import { Topics } from '../topics';

/**
 * A user chose which kinds of notification reach them by e-mail, and at which
 * address. The kinds are the notification service's own names (such as
 * CONTRACT_EXPIRING); the whole choice travels, not a difference.
 */
export const NotificationPreferencesChangedData = z.object({
  userId: UserId,
  emailKinds: z.array(z.string().min(1)),
  emailAddress: personal(z.string()).nullable(),
  changedAt: IsoDateTime,
});
export type NotificationPreferencesChangedData = z.infer<typeof NotificationPreferencesChangedData>;

export const NotificationPreferencesChanged = defineEvent({
  type: 'notification.NotificationPreferencesChanged.v1',
  name: 'NotificationPreferencesChanged',
  version: 1,
  producer: 'notification',
  topic: Topics.notification,
  aggregateType: 'NotificationPreferences',
  description:
    'A user changed which kinds of notification reach them by e-mail (emailKinds) and the address they go to.',
  schema: NotificationPreferencesChangedData,
  subjectOf: (d) => d.userId,
});
