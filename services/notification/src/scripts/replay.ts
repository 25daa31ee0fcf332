/*
 * Rebuilds notification's projection (the team directory, which decides who may read
 * whose feed) from the beginning of its topic: `npm run replay -- notification`.
 * Notifications themselves are the service's own state and are never replayed.
 * Safe while the service runs; see docs/operations.md.
 */
import 'reflect-metadata';
import { runMain, runProjectionReplay } from '@salesgraph/service-kit';
import { loadNotificationConfig } from '../config';
import { notificationService } from '../service-definition';

runMain(async () => {
  await runProjectionReplay(notificationService, loadNotificationConfig(), process.argv.slice(2));
});
