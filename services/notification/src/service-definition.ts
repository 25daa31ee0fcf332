import { NotificationPreferencesChanged, Topics } from '@salesgraph/events';
import {
  createHistoryResolver,
  createMeResolver,
  defineService,
  keyOnlyReference,
  createPrivacyResolver,
} from '@salesgraph/service-kit';
import { teamDirectoryProjection, teamDirectorySubscriber } from '@salesgraph/team-directory';
import { notificationEntities, notificationMigrations } from './data-source';
import { EmailDispatchJob } from './modules/email/email-dispatch.job';
import { notifyOnAlertEvents } from './modules/notification/events/notify-on-alert-events.handler';
import { NotificationResolver } from './modules/notification/notification.resolver';
import { NotificationPreferences } from './modules/preference/notification-preferences.entity';
import { PreferencesResolver } from './modules/preference/preferences.resolver';
import { UserNotificationsResolver } from './modules/user/user-notifications.resolver';
import { User } from './modules/user/user.type';
import { notificationComponents } from './notification-components';

const serviceName = 'notification';

/** The notification service; main.ts, the scripts and the tests start it from here. */
export const notificationService = defineService({
  name: serviceName,
  ownTopic: Topics.notification,
  entities: notificationEntities,
  migrations: notificationMigrations,
  components: notificationComponents,
  resolvers: (c) => [
    new (createPrivacyResolver('notification'))(c.privacy),
    new NotificationResolver(c.notifications, c.preferences),
    new PreferencesResolver(c.preferences),
    new UserNotificationsResolver(c.notifications),
    new (createHistoryResolver(
      NotificationPreferences,
      { aggregateType: NotificationPreferencesChanged.aggregateType },
      { description: 'Every change of these preferences: when, by whom, to what.' },
    ))(c.histories),
    new (createMeResolver(User))(),
  ],
  // User is an entity this subgraph extends with a field: the key is all it needs.
  references: () => [keyOnlyReference('User')],
  subscribers: (c, runtime) => [
    teamDirectorySubscriber(serviceName, c.directory),
    notifyOnAlertEvents(c.notifications, runtime.clock),
  ],
  projections: (c) => [teamDirectoryProjection(serviceName, c.directory)],
  jobs: (c, runtime) => [
    new EmailDispatchJob(
      c.emails,
      c.clock,
      runtime.config.EMAIL_DISPATCH_INTERVAL_MS,
      runtime.logger,
    ),
  ],
});
