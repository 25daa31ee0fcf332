// `npm start` and `npm test` must work wherever a user clones the project.
// These tests clone this repository into the places that broke before (a
// directory of mode 0700, which the postgres user cannot enter when we run as
// root; a path with a space, reached through a symlink), start the clone's own
// PostgreSQL and Kafka there with infra/up.sh, and see both answer. A second
// clone on the first one's ports must refuse, naming the first and the way out.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');

const root = path.join(__dirname, '..');

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

// Environment of a clone's infra scripts: none of this run's own servers
// (npm test exports where they are), the clone's own ports, no npm install.
function cloneEnv(ports) {
  const env = { ...process.env, SALESGRAPH_SKIP_NPM: '1' };
  for (const name of [
    'SALESGRAPH_PG_ADMIN_URL',
    'SALESGRAPH_KAFKA_BROKERS',
    'SALESGRAPH_STATE_DIR',
  ])
    delete env[name];
  env.SALESGRAPH_PG_PORT = String(ports.pg);
  env.SALESGRAPH_KAFKA_PORT = String(ports.kafka);
  env.SALESGRAPH_KAFKA_CONTROLLER_PORT = String(ports.controller);
  return env;
}

function run(cwd, script, ports, timeout = 240_000) {
  const result = spawnSync('bash', [`infra/${script}`], {
    cwd,
    env: cloneEnv(ports),
    encoding: 'utf8',
    timeout,
  });
  return { code: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** A fresh clone of this repository; the infra scripts are this checkout's (the code under test). */
function cloneInto(dir) {
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  const clone = spawnSync('git', ['clone', '-q', root, dir], { encoding: 'utf8' });
  if (clone.status !== 0) throw new Error(`git clone failed: ${clone.stderr}`);
  fs.cpSync(path.join(root, 'infra'), path.join(dir, 'infra'), { recursive: true });
  fs.copyFileSync(path.join(root, 'package.json'), path.join(dir, 'package.json'));
}

/** The variables infra/up.sh wrote to .infra/env.sh. */
function readEnv(clone) {
  const text = fs.readFileSync(path.join(clone, '.infra', 'env.sh'), 'utf8');
  return Object.fromEntries(
    [...text.matchAll(/^export (\w+)='([^']*)'$/gm)].map(([, name, value]) => [name, value]),
  );
}

function expectServersAnswer(clone, ports) {
  const env = readEnv(clone);
  expect(env.SALESGRAPH_KAFKA_BROKERS).toBe(`127.0.0.1:${ports.kafka}`);
  const sql = spawnSync(
    'psql',
    [env.SALESGRAPH_LEAD_DATABASE_URL, '-Atc', 'select current_database(), current_user'],
    {
      encoding: 'utf8',
    },
  );
  expect(sql.stderr).toBe('');
  expect(sql.stdout.trim()).toBe('lead|lead_svc');
  const kafka = spawnSync('kcat', ['-b', env.SALESGRAPH_KAFKA_BROKERS, '-L', '-m', '10'], {
    encoding: 'utf8',
  });
  expect(kafka.stdout).toContain(`broker 1 at 127.0.0.1:${ports.kafka}`);
}

async function threePorts() {
  return { pg: await freePort(), kafka: await freePort(), controller: await freePort() };
}

const isRoot = process.getuid?.() === 0;
const started = [];
let workDir;

beforeAll(() => {
  // mkdtemp makes the directory with mode 0700, owned by whoever runs the
  // tests: root in CI, just like /root.
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'salesgraph-clones-'));
});

afterAll(() => {
  for (const { clone, ports } of started) run(clone, 'clean.sh', ports, 120_000);
  fs.rmSync(workDir, { recursive: true, force: true });
});

describe('the infrastructure starts from a fresh clone', () => {
  let first;

  it('in a directory of mode 0700 owned by the user running it, PostgreSQL and Kafka answer', async () => {
    expect(fs.statSync(workDir).mode & 0o777).toBe(0o700);
    expect(fs.statSync(workDir).uid).toBe(process.getuid());
    const clone = path.join(workDir, 'salesgraph');
    cloneInto(clone);
    const ports = await threePorts();
    first = { clone, ports };
    started.push(first);

    const { code, output } = run(clone, 'up.sh', ports);
    expect({ code, output }).toEqual({ code: 0, output: expect.any(String) });
    expectServersAnswer(clone, ports);

    const dataDir = spawnSync('bash', ['infra/postgres.sh', 'data'], {
      cwd: clone,
      env: cloneEnv(ports),
      encoding: 'utf8',
    }).stdout.trim();
    if (isRoot) {
      // The postgres user cannot enter the clone: the cluster lives outside it, and the output says where.
      expect(dataDir.startsWith('/var/lib/salesgraph/')).toBe(true);
      expect(output).toContain(`Initialising a PostgreSQL cluster in ${dataDir}`);
    } else {
      expect(dataDir).toBe(path.join(clone, '.infra', 'postgres', 'data'));
    }
  });

  it('in a path with a space reached through a symlink, a second clone refuses the first one’s ports and runs on its own', async () => {
    const spaced = path.join(workDir, 'with space');
    fs.mkdirSync(spaced);
    const clone = path.join(spaced, 'sales graph');
    cloneInto(clone);
    const link = path.join(workDir, 'link');
    fs.symlinkSync(clone, link);

    // On the first clone's PostgreSQL port: refused, saying who holds it and how to choose another.
    const clash = run(link, 'up.sh', { ...(await threePorts()), pg: first.ports.pg });
    expect(clash.code).not.toBe(0);
    expect(clash.output).toContain(
      `port ${first.ports.pg}, which PostgreSQL needs, is taken by SalesGraph of the clone at ${first.clone}`,
    );
    expect(clash.output).toContain('SALESGRAPH_PG_PORT=');

    const ports = await threePorts();
    started.push({ clone: link, ports });
    const { code, output } = run(link, 'up.sh', ports);
    expect({ code, output }).toEqual({ code: 0, output: expect.any(String) });
    expectServersAnswer(clone, ports);
    // The first clone's servers were left alone, and still answer.
    expectServersAnswer(first.clone, first.ports);
  });
});
