import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DemoUserHandle } from '@salesgraph/identity';
import { asUser } from './support/e2e-client';

/**
 * The README's example query per role is documentation a front-end developer
 * copies: each one runs here, as its role, against the seeded demo world, and
 * must answer without errors. Operations with a placeholder (`<id>`) are
 * templates and are not run.
 */
const readme = readFileSync(join(__dirname, '..', '..', '..', 'README.md'), 'utf8');
const section = readme.slice(
  readme.indexOf('## Using the graph'),
  readme.indexOf('## Development'),
);
const examples = [
  ...section.matchAll(/\*\*[^*]+\*\* \(`(\w+)`(?:, `(\w+)`)?\)[\s\S]*?```graphql\n([\s\S]*?)```/g),
].flatMap((match) => {
  const operations = match[3]
    .split(/\n(?=query|mutation|\{)/)
    .map((op) => op.trim())
    .filter(Boolean);
  return operations.map((operation) => ({ role: match[1] as DemoUserHandle, operation }));
});

describe('the README’s example queries', () => {
  it('are there, one or more per role', () => {
    expect(new Set(examples.map((e) => e.role))).toEqual(
      new Set(['rep', 'accountManager', 'manager', 'coordinator', 'marketing', 'technician']),
    );
  });

  it.each(
    examples
      .filter((e) => !e.operation.includes('<'))
      .map((e) => [e.role, e.operation.split('\n')[0], e.operation]),
  )('as %s: %s', async (role, _firstLine, operation) => {
    const response = await asUser(role as DemoUserHandle, operation);
    expect(response.errors).toBeUndefined();
    expect(response.data).toBeTruthy();
  });
});
