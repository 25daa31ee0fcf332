import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The checker must not share code with what it checks: it reads Kafka with
 * kafkajs and the databases with pg, and nothing of @salesgraph/* (no
 * messaging wrapper, no event contracts, no service code).
 */
describe('the checker is independent of the platform', () => {
  const dir = join(__dirname, '..');
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));

  it('has files to check', () => {
    expect(files).toEqual(expect.arrayContaining(['checker.ts', 'topic-reader.ts']));
  });

  it.each(files)('%s imports only kafkajs, pg, node: and its own files', (file) => {
    const source = readFileSync(join(dir, file), 'utf8');
    const imports = [...source.matchAll(/from '([^']+)'|require\('([^']+)'\)/g)].map(
      (m) => m[1] ?? m[2],
    );
    const foreign = imports.filter(
      (s) => !(s === 'kafkajs' || s === 'pg' || s.startsWith('node:') || /^\.\/[a-z-]+$/.test(s)),
    );
    expect(foreign).toEqual([]);
  });
});
