import { join } from 'node:path';
import { offlineServiceEnv, writeSubgraphSdl } from '@salesgraph/service-kit';
import { loadLeadConfig } from '../config';
import { leadService } from '../service-definition';

describe('schema.graphql', () => {
  it('is what the code builds (the gateway composes from it)', async () => {
    const file = join(__dirname, '..', '..', 'schema.graphql');
    const { changed } = await writeSubgraphSdl(
      leadService(loadLeadConfig(offlineServiceEnv(4001))),
      file,
      { check: true },
    );
    if (changed)
      throw new Error(
        'services/lead/schema.graphql is stale: run npm run build && npm run schema:print -w @salesgraph/lead',
      );
  });
});
