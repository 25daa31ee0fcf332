/* Seeds the order service's demo data; run by `npm start` once the services are up. Safe to run twice. */
import 'reflect-metadata';
import { runMain, runServiceScript } from '@salesgraph/service-kit';
import { loadOrderConfig } from '../config';
import { OrderDemoSeed } from '../seed/order-demo-seed';
import { orderService } from '../service-definition';

runMain(async () => {
  // The running service's outbox relay publishes what the seed writes to the outbox.
  const result = await runServiceScript(orderService(loadOrderConfig()), 'seed', (deps) =>
    new OrderDemoSeed(deps).run(),
  );
  console.log(
    `order seed: ${result.created} records created, ${result.warnings} contract warnings raised`,
  );
});
