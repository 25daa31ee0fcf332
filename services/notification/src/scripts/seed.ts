/*
 * The notification demo data (`npm run seed -w @salesgraph/notification`): the demo users'
 * e-mail addresses, as the identity provider would give them, so that the first warnings of
 * a demo reach them by e-mail (logged in development) before they ever open their feed.
 */
import 'reflect-metadata';
import { DemoUsers } from '@salesgraph/identity';
import { runMain, runServiceScript, userCommand } from '@salesgraph/service-kit';
import { loadNotificationConfig } from '../config';
import { notificationComponents } from '../notification-components';
import { notificationService } from '../service-definition';

runMain(() =>
  runServiceScript(notificationService(loadNotificationConfig()), 'seed', async (deps) => {
    const { preferences } = notificationComponents(deps);
    for (const user of Object.values(DemoUsers))
      await preferences.learnAddress(
        userCommand(user, { correlationId: 'notification-seed', clock: deps.clock }),
      );
    deps.logger.info('notification demo data in place');
  }),
);
