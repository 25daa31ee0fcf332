/* Seeds the demo accounts; run by `npm start` once the services are up. Safe to run twice. */
import 'reflect-metadata';
import { Outbox } from '@salesgraph/messaging';
import { createDataSource, migrate, runMain } from '@salesgraph/service-kit';
import { createAccountServices } from '../account-services';
import { loadAccountConfig } from '../config';
import { accountEntities, accountMigrations } from '../data-source';
import { AccountDemoSeed } from '../seed/account-demo-seed';

runMain(async () => {
  const config = loadAccountConfig();
  const dataSource = createDataSource({
    url: config.DATABASE_URL,
    poolSize: 2,
    entities: accountEntities,
    migrations: accountMigrations,
    applicationName: 'salesgraph-account-seed',
  });
  await dataSource.initialize();
  try {
    if (config.DATABASE_MIGRATE_ON_START) await migrate(dataSource);
    // The running service's outbox relay publishes what the seed writes to the outbox.
    const services = createAccountServices(dataSource, new Outbox('salesgraph/account'));
    const created = await new AccountDemoSeed(dataSource, services).run();
    console.log(`account seed: ${created} records created`);
  } finally {
    await dataSource.destroy();
  }
});
