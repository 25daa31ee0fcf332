import { join } from 'node:path';
import { offlineServiceEnv, writeSubgraphSdl } from '@salesgraph/service-kit';
import { loadOrderConfig } from '../config';
import { orderService } from '../service-definition';

describe('schema.graphql', () => {
  it('is what the code builds (the gateway composes from it)', async () => {
    const file = join(__dirname, '..', '..', 'schema.graphql');
    const { changed } = await writeSubgraphSdl(
      orderService(loadOrderConfig(offlineServiceEnv(4003))),
      file,
      { check: true },
    );
    if (changed)
      throw new Error(
        'services/order/schema.graphql is stale: run npm run build && npm run schema:print -w @salesgraph/order',
      );
  });
});
