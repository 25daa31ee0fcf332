/* Seeds the lead service's demo data; run by `npm start` once the services are up. Safe to run twice. */
import 'reflect-metadata';
import { runMain, runServiceScript } from '@salesgraph/service-kit';
import { loadLeadConfig } from '../config';
import { LeadDemoSeed } from '../seed/lead-demo-seed';
import { SeedContext } from '../seed/seed-context';
import { leadService } from '../service-definition';

runMain(async () => {
  // The running service's outbox relay publishes what the seed writes to the outbox.
  const created = await runServiceScript(leadService(loadLeadConfig()), 'seed', (deps) =>
    new LeadDemoSeed(
      deps.dataSource,
      leadService.components(deps),
      new SeedContext(deps.clock),
    ).run(),
  );
  console.log(`lead seed: ${created} records created`);
});
