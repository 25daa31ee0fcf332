/*
 * Applies the notification service's pending migrations and exits: the migration job of a cluster
 * deployment (deploy/kubernetes), whose pods run with DATABASE_MIGRATE_ON_START=false.
 */
import 'reflect-metadata';
import { migrationOnly, runMain, runServiceScript } from '@salesgraph/service-kit';
import { loadNotificationConfig } from '../config';
import { notificationService } from '../service-definition';

runMain(async () => {
  await runServiceScript(
    notificationService(migrationOnly(loadNotificationConfig())),
    'migrate',
    async () => undefined,
  );
});
