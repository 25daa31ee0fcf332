import { join } from 'node:path';
import { offlineServiceEnv, writeSubgraphSdl } from '@salesgraph/service-kit';
import { loadAccountConfig } from '../config';
import { accountService } from '../service-definition';

describe('schema.graphql', () => {
  it('is what the code builds (the gateway composes from it)', async () => {
    const file = join(__dirname, '..', '..', 'schema.graphql');
    const { changed } = await writeSubgraphSdl(
      accountService(loadAccountConfig(offlineServiceEnv(4002))),
      file,
      { check: true },
    );
    if (changed)
      throw new Error(
        'services/account/schema.graphql is stale: run npm run build && npm run schema:print -w @salesgraph/account',
      );
  });
});
