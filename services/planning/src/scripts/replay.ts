/*
 * Rebuilds planning's projections (attainment, pipeline, account directory)
 * from the beginning of their topics: `npm run replay -- planning [projection...]`.
 * Safe while the service runs; see docs/operations.md.
 */
import 'reflect-metadata';
import { runMain, runProjectionReplay } from '@salesgraph/service-kit';
import { loadPlanningConfig } from '../config';
import { planningService } from '../service-definition';

runMain(async () => {
  await runProjectionReplay(planningService, loadPlanningConfig(), process.argv.slice(2));
});
