/*
 * Applies the account service's pending migrations and exits: the migration job of a cluster
 * deployment (deploy/kubernetes), whose pods run with DATABASE_MIGRATE_ON_START=false.
 */
import 'reflect-metadata';
import { migrationOnly, runMain, runServiceScript } from '@salesgraph/service-kit';
import { loadAccountConfig } from '../config';
import { accountService } from '../service-definition';

runMain(async () => {
  await runServiceScript(
    accountService(migrationOnly(loadAccountConfig())),
    'migrate',
    async () => undefined,
  );
});
