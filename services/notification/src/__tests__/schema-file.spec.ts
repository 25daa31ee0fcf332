import { join } from 'node:path';
import { offlineServiceEnv, writeSubgraphSdl } from '@salesgraph/service-kit';
import { loadNotificationConfig } from '../config';
import { notificationService } from '../service-definition';

describe('schema.graphql', () => {
  it('is what the code builds (the gateway composes from it)', async () => {
    const file = join(__dirname, '..', '..', 'schema.graphql');
    const { changed } = await writeSubgraphSdl(
      notificationService(loadNotificationConfig(offlineServiceEnv(4005))),
      file,
      { check: true },
    );
    if (changed)
      throw new Error(
        'services/notification/schema.graphql is stale: run npm run build && npm run schema:print -w @salesgraph/notification',
      );
  });
});
