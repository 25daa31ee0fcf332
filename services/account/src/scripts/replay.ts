/*
 * Rebuilds the account service's projections (the team directory and the order commercials (then every account's health once)) from the beginning of their
 * topics: `npm run replay -- account [projection...]`. Safe while the service runs;
 * see docs/operations.md.
 */
import 'reflect-metadata';
import { runMain, runProjectionReplay } from '@salesgraph/service-kit';
import { loadAccountConfig } from '../config';
import { accountService } from '../service-definition';

runMain(async () => {
  await runProjectionReplay(accountService, loadAccountConfig(), process.argv.slice(2));
});
