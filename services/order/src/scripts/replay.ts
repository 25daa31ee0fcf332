/*
 * Rebuilds the order service's projections (the team and account directories) from the beginning of their
 * topics: `npm run replay -- order [projection...]`. Safe while the service runs;
 * see docs/operations.md.
 */
import 'reflect-metadata';
import { runMain, runProjectionReplay } from '@salesgraph/service-kit';
import { loadOrderConfig } from '../config';
import { orderService } from '../service-definition';

runMain(async () => {
  await runProjectionReplay(orderService, loadOrderConfig(), process.argv.slice(2));
});
