import { Topics } from '@salesgraph/events';
import { on } from '@salesgraph/messaging';
import { eventCommand, type Clock, type SubscriberSpec } from '@salesgraph/service-kit';
import { notificationKinds } from '../kinds/notification-kinds';
import type { NotificationService } from '../notification.service';

/**
 * One consumer of every topic that carries a warning: each kind's event is
 * handled by raising its notifications in the inbox row's transaction, so a
 * redelivered event has no second effect. A run of one kind's events (a
 * campaign's consent decisions) goes through in one transaction, each event
 * in turn as alone (their consent facts learnt together first where nothing
 * in the run reads them, NotificationService.raiseMany). From the beginning
 * of each topic (nothing is lost on a first start); e-mails for old events
 * are not sent (see NOTIFICATION_EMAIL_MAX_AGE_HOURS). Not a projection:
 * notifications (and whether they were read) are this service's own state.
 */
export function notifyOnAlertEvents(
  notifications: NotificationService,
  clock: Clock,
): SubscriberSpec {
  const topics = [...new Set(notificationKinds.map((k) => k.event.topic))];
  return {
    groupId: 'notification.alerts',
    topics: topics.length ? topics : [Topics.order],
    handlers: notificationKinds.map((mapping) =>
      on(
        mapping.event,
        async (event, context) => {
          await notifications.raise(eventCommand('notification', context, clock), mapping, event);
        },
        // A campaign's leads each carry a consent decision: a fetch's worth in one transaction.
        async (events, { manager }) => {
          await notifications.raiseMany(
            events.map(({ eventContext }) =>
              eventCommand('notification', { manager, eventContext }, clock),
            ),
            mapping,
            events.map(({ event }) => event),
          );
        },
      ),
    ),
  };
}
