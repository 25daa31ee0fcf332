import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeSupergraph } from '../supergraph/compose-supergraph';
import { defaultSupergraphPath } from '../supergraph/load-supergraph';

describe('supergraph.graphql', () => {
  it('composes without errors from the services’ checked-in schemas and matches the checked-in file', () => {
    const { supergraphSdl, errors } = composeSupergraph(
      join(__dirname, '..', '..', '..', 'services'),
    );
    expect(errors).toEqual([]);
    if (supergraphSdl !== readFileSync(defaultSupergraphPath, 'utf8')) {
      throw new Error(
        'gateway/supergraph.graphql is stale: run npm run supergraph:compose -w @salesgraph/gateway and commit it',
      );
    }
  });
});
