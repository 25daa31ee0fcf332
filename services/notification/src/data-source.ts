import { teamDirectoryEntities, teamDirectoryMigrations } from '@salesgraph/team-directory';
import { NotificationTables1768100000000 } from './migrations/1768100000000-notification-tables';
import { Notification } from './modules/notification/notification.entity';
import { NotificationPreferences } from './modules/preference/notification-preferences.entity';

/** Everything the notification database holds, and the migrations that build it. */
export const notificationEntities = [
  ...teamDirectoryEntities,
  Notification,
  NotificationPreferences,
];
export const notificationMigrations = [...teamDirectoryMigrations, NotificationTables1768100000000];
