import { teamDirectoryEntities, teamDirectoryMigrations } from '@salesgraph/team-directory';
import { NotificationTables1768100000000 } from './migrations/1768100000000-notification-tables';
import { PersonConsent1768300000100 } from './migrations/1768300000100-person-consent';
import { PersonConsent } from './modules/consent/person-consent.entity';
import { Notification } from './modules/notification/notification.entity';
import { NotificationPreferences } from './modules/preference/notification-preferences.entity';

/** Everything the notification database holds, and the migrations that build it. */
export const notificationEntities = [
  ...teamDirectoryEntities,
  Notification,
  NotificationPreferences,
  PersonConsent,
];
export const notificationMigrations = [
  ...teamDirectoryMigrations,
  NotificationTables1768100000000,
  PersonConsent1768300000100,
];
