import { join } from 'node:path';
import { offlineServiceEnv, writeSubgraphSdl } from '@salesgraph/service-kit';
import { loadPlanningConfig } from '../config';
import { planningService } from '../service-definition';

describe('schema.graphql', () => {
  it('is what the code builds (the gateway composes from it)', async () => {
    const file = join(__dirname, '..', '..', 'schema.graphql');
    const { changed } = await writeSubgraphSdl(
      planningService(loadPlanningConfig(offlineServiceEnv(4004))),
      file,
      { check: true },
    );
    if (changed)
      throw new Error(
        'services/planning/schema.graphql is stale: run npm run build && npm run schema:print -w @salesgraph/planning',
      );
  });
});
