/* Seeds the lead service's demo data; run by `npm start` once the services are up. Safe to run twice. */
import 'reflect-metadata';
import { Outbox } from '@salesgraph/messaging';
import { createDataSource, createLogger, migrate, runMain } from '@salesgraph/service-kit';
import { loadLeadConfig } from '../config';
import { leadEntities, leadMigrations } from '../data-source';
import { leadComponents } from '../lead-components';
import { LeadDemoSeed } from '../seed/lead-demo-seed';
import { SeedContext } from '../seed/seed-context';

runMain(async () => {
  const config = loadLeadConfig();
  const dataSource = createDataSource({
    url: config.DATABASE_URL,
    poolSize: 2,
    entities: leadEntities,
    migrations: leadMigrations,
    applicationName: 'salesgraph-lead-seed',
  });
  await dataSource.initialize();
  try {
    if (config.DATABASE_MIGRATE_ON_START) await migrate(dataSource);
    // The running service's outbox relay publishes what the seed writes to the outbox.
    const components = leadComponents({ dataSource, outbox: new Outbox('salesgraph/lead') });
    const seed = new SeedContext(createLogger('lead-seed', config.LOG_LEVEL));
    const created = await new LeadDemoSeed(dataSource, components, seed).run();
    console.log(`lead seed: ${created} records created`);
  } finally {
    await dataSource.destroy();
  }
});
