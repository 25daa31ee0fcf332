// The architecture's boundaries are enforced by lint: the shared ESLint config
// is run over a fixture service tree with deliberate violations, and each
// must be reported (and the allowed imports must not be).
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const root = path.join(__dirname, '..');
const fixture = path.join(__dirname, 'fixtures', 'boundaries');

function lint() {
  const run = spawnSync(
    'npx',
    [
      'eslint',
      '--no-ignore',
      '--config',
      path.join(root, 'packages', 'eslint-config', 'index.mjs'),
      '--format',
      'json',
      fixture,
    ],
    { cwd: root, encoding: 'utf8' },
  );
  if (!run.stdout) throw new Error(`eslint did not run: ${run.stderr}`);
  const results = JSON.parse(run.stdout);
  return Object.fromEntries(
    results.map((r) => [
      path.relative(fixture, r.filePath),
      r.messages.map((m) => `${m.ruleId}@${m.line}`),
    ]),
  );
}

describe('lint enforces the boundaries of the architecture', () => {
  const found = lint();

  it('fails a service importing another service, by path or by package name', () => {
    expect(found['services/alpha/src/modules/thing/cross-service.ts']).toEqual([
      'salesgraph/no-cross-service-import@2',
      'salesgraph/no-cross-service-import@3',
    ]);
  });

  it('fails an event handler importing a DTO', () => {
    expect(
      found['services/alpha/src/modules/thing/events/thing-on-beta-changed.handler.ts'],
    ).toEqual(['salesgraph/no-dto-in-handler@2']);
  });

  it('fails a common/ or shared/ folder inside a service', () => {
    expect(found['services/alpha/src/common/helpers.ts']).toEqual([
      'salesgraph/no-shared-folder@1',
    ]);
  });

  it('lets a service import its own modules and the shared packages', () => {
    expect(found['services/alpha/src/modules/thing/allowed.ts']).toEqual([]);
    expect(found['services/beta/src/beta-rule.ts']).toEqual([]);
  });
});
