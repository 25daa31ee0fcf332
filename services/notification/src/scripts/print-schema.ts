/* Writes schema.graphql, the subgraph SDL the gateway composes; with --check, fails when it is stale. */
import 'reflect-metadata';
import { join } from 'node:path';
import { offlineServiceEnv, writeSubgraphSdl } from '@salesgraph/service-kit';
import { loadNotificationConfig } from '../config';
import { notificationService } from '../service-definition';

const check = process.argv.includes('--check');
const file = join(__dirname, '..', '..', 'schema.graphql');
writeSubgraphSdl(notificationService(loadNotificationConfig(offlineServiceEnv(4005))), file, {
  check,
}).then(({ changed }) => {
  if (check && changed) {
    console.error(
      `${file} is stale: run npm run schema:print -w @salesgraph/notification and commit it`,
    );
    process.exit(1);
  }
  console.log(changed ? (check ? 'stale' : `wrote ${file}`) : `${file} is up to date`);
});
