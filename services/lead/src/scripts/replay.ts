/*
 * Rebuilds the lead service's projections (the team and account directories) from the beginning of their
 * topics: `npm run replay -- lead [projection...]`. Safe while the service runs;
 * see docs/operations.md.
 */
import 'reflect-metadata';
import { runMain, runProjectionReplay } from '@salesgraph/service-kit';
import { loadLeadConfig } from '../config';
import { leadService } from '../service-definition';

runMain(async () => {
  await runProjectionReplay(leadService, loadLeadConfig(), process.argv.slice(2));
});
