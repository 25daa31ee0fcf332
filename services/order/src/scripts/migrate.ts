/*
 * Applies the order service's pending migrations and exits: the migration job of a cluster
 * deployment (deploy/kubernetes), whose pods run with DATABASE_MIGRATE_ON_START=false.
 */
import 'reflect-metadata';
import { migrationOnly, runMain, runServiceScript } from '@salesgraph/service-kit';
import { loadOrderConfig } from '../config';
import { orderService } from '../service-definition';

runMain(async () => {
  await runServiceScript(
    orderService(migrationOnly(loadOrderConfig())),
    'migrate',
    async () => undefined,
  );
});
