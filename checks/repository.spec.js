// `npm test` runs lint and typecheck before jest and records their outcome in
// reports/checks; these tests make a failure count in the totals. Run alone,
// they run the commands themselves.
const { execSync, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const reports = path.join(root, 'reports', 'checks');

function outcome(name, command) {
  const status = path.join(reports, `${name}.status`);
  if (fs.existsSync(status)) {
    return {
      code: Number(fs.readFileSync(status, 'utf8').trim()),
      log: fs.readFileSync(path.join(reports, `${name}.log`), 'utf8'),
    };
  }
  const run = spawnSync('bash', ['-c', command], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' },
  });
  return { code: run.status, log: `${run.stdout}\n${run.stderr}` };
}

function expectClean(name, command) {
  const { code, log } = outcome(name, command);
  if (code !== 0) throw new Error(`${name} failed:\n${log.split('\n').slice(-60).join('\n')}`);
}

describe('repository', () => {
  it('passes lint (ESLint with typescript-eslint, Prettier formatting)', () => {
    expectClean('lint', 'npm run -s lint && npx prettier --check . --log-level warn');
  });

  it('typechecks in every workspace', () => {
    expectClean('typecheck', 'npm run -s typecheck');
  });

  const compose = (() => {
    try {
      return execSync('command -v docker-compose', { encoding: 'utf8' }).trim();
    } catch {
      return '';
    }
  })();

  it('has a docker-compose.yml that validates (docker-compose config -q)', () => {
    if (!compose)
      throw new Error(
        'docker-compose is not installed: infra/install.sh installs it with the Debian package docker-compose',
      );
    const run = spawnSync(compose, ['config', '-q'], { cwd: root, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(run.stderr || run.stdout);
  });
});
