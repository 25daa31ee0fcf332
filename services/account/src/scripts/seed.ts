/* Seeds the demo accounts; run by `npm start` once the services are up. Safe to run twice. */
import 'reflect-metadata';
import { runMain, runServiceScript } from '@salesgraph/service-kit';
import { loadAccountConfig } from '../config';
import { AccountDemoSeed } from '../seed/account-demo-seed';
import { accountService } from '../service-definition';

// The running service's outbox relay publishes what the seed writes to the outbox.
runMain(async () => {
  const created = await runServiceScript(accountService(loadAccountConfig()), 'seed', (deps) =>
    new AccountDemoSeed(deps.dataSource, accountService.components(deps), deps.clock).run(),
  );
  console.log(`account seed: ${created} records created`);
});
