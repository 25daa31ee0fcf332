/*
 * Imports a rates file into the exchange-rate table:
 * `npm run rates:import -w @salesgraph/planning -- rates.csv` (format: see
 * modules/currency/rates-file.rule.ts). The whole file or nothing; each new
 * or corrected rate becomes an ExchangeRateSet event, published by the
 * running service's relay. Run by an operator: the events name the planning
 * service as the actor and the file as the source.
 */
import 'reflect-metadata';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { runMain, runServiceScript, serviceCommand, systemClock } from '@salesgraph/service-kit';
import { loadPlanningConfig } from '../config';
import { planningComponents } from '../planning-components';
import { planningService } from '../service-definition';

runMain(async () => {
  const [file] = process.argv.slice(2);
  if (!file) throw new Error('usage: import-rates <rates.csv>');
  const text = await readFile(file, 'utf8');
  await runServiceScript(planningService(loadPlanningConfig()), 'import-rates', async (deps) => {
    const { rates } = planningComponents(deps);
    const result = await rates.importFile(
      serviceCommand('planning', systemClock),
      text,
      `file:${basename(file)}`,
    );
    deps.logger.info(result, 'rates imported');
  });
});
