// Composes gateway/supergraph.graphql from services/<name>/schema.graphql; with --check, fails when it is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeSupergraph } from '../supergraph/compose-supergraph';
import { defaultSupergraphPath } from '../supergraph/load-supergraph';

const check = process.argv.includes('--check');
const { supergraphSdl, errors } = composeSupergraph(join(__dirname, '..', '..', '..', 'services'));
if (!supergraphSdl) {
  console.error(`composition failed:\n${errors.map((e) => `  - ${e}`).join('\n')}`);
  process.exit(1);
}
let current = '';
try {
  current = readFileSync(defaultSupergraphPath, 'utf8');
} catch {
  // first composition
}
if (current === supergraphSdl) {
  console.log(`${defaultSupergraphPath} is up to date`);
} else if (check) {
  console.error(
    `${defaultSupergraphPath} is stale: run npm run supergraph:compose -w @salesgraph/gateway and commit it`,
  );
  process.exit(1);
} else {
  writeFileSync(defaultSupergraphPath, supergraphSdl);
  console.log(`wrote ${defaultSupergraphPath}`);
}
