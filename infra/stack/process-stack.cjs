// Starts and stops the platform's processes: the four services and the
// gateway, each a real `node dist/main.js` with its own environment. Used by
// `npm start` (run-stack.cjs) and by the end-to-end tests' global setup.
// Plain CommonJS without dependencies, so it runs before anything is built.
'use strict';
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const net = require('node:net');
const os = require('node:os');

const repoRoot = path.resolve(__dirname, '..', '..');

/**
 * `count` distinct free TCP ports on loopback. All listeners stay open until
 * every port is found: closing each at once lets the kernel hand the same
 * port out twice, and a service would then answer another's readiness check.
 */
async function freePorts(count) {
  const servers = [];
  try {
    for (let i = 0; i < count; i += 1) {
      const server = net.createServer();
      servers.push(server);
      await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, '127.0.0.1', resolve);
      });
    }
    return servers.map((server) => server.address().port);
  } finally {
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  }
}

function tail(file, lines = 30) {
  try {
    return fs.readFileSync(file, 'utf8').trim().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

async function waitReady(name, url, child, logFile, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `${name} exited with ${child.exitCode ?? child.signalCode} before it was ready. Last log lines (${logFile}):\n${tail(logFile)}`,
      );
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
      if (response.ok) return;
      // Readiness names what is not ready (a consumer still joining its group, Kafka, the database).
      last = `${response.status} ${(await response.text()).slice(0, 600)}`;
    } catch (error) {
      last = `not answering (${error.cause?.code ?? error.message})`;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(
    `${name} was not ready within ${timeoutMs / 1000} s (${url}; last answer: ${last}). Last log lines (${logFile}):\n${tail(logFile)}`,
  );
}

class ProcessStack {
  constructor({ logDir, echo = false }) {
    this.logDir = logDir;
    this.echo = echo;
    this.children = [];
    fs.mkdirSync(logDir, { recursive: true });
  }

  /**
   * Starts `node <script>` and waits until `readyUrl` answers 2xx. Ready means
   * every consumer has joined its group too: on a loaded machine (the test
   * suites of several clones on two cores) that took over a minute, so the
   * wait is generous and, when it runs out, names what was not ready.
   */
  async start({ name, script, env, readyUrl, timeoutMs = 180000 }) {
    const logFile = path.join(this.logDir, `${name}.log`);
    const log = fs.openSync(logFile, 'w');
    const child = spawn(process.execPath, [script], {
      cwd: repoRoot,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
      stdio: ['ignore', this.echo ? 'pipe' : log, this.echo ? 'pipe' : log],
      // Own process group: a Ctrl-C in the terminal reaches the orchestrator
      // only, which then stops the children.
      detached: true,
    });
    if (this.echo) {
      for (const stream of [child.stdout, child.stderr]) {
        stream.on('data', (chunk) => {
          fs.writeSync(log, chunk);
        });
      }
    }
    this.children.push({ name, child, logFile });
    await waitReady(name, readyUrl, child, logFile, timeoutMs);
    return { name, logFile, pid: child.pid };
  }

  /** Runs a one-off script to its end (a seed, a migration), failing with its log when it fails. */
  run({ name, script, env, args = [] }) {
    const logFile = path.join(this.logDir, `${name}.log`);
    return new Promise((resolve, reject) => {
      const log = fs.openSync(logFile, 'w');
      const child = spawn(process.execPath, [script, ...args], {
        cwd: repoRoot,
        env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
        stdio: ['ignore', log, log],
      });
      child.on('exit', (code) =>
        code === 0
          ? resolve()
          : reject(
              new Error(`${name} failed with status ${code}. Log (${logFile}):\n${tail(logFile)}`),
            ),
      );
    });
  }

  /**
   * SIGTERM to everything at once; SIGKILL what is still there after the grace period. At once, not
   * one after another: a service takes up to 2 s to stop (its consumers wait for the fetch in flight,
   * KAFKA_CONSUMER_MAX_WAIT_MS), and nothing depends on the order (a service's relay publishes what it
   * holds before it exits; consumers stopped meanwhile read it at their next start).
   */
  async stop(graceMs = 15000) {
    const running = this.children;
    this.children = [];
    await Promise.all(running.map(({ child }) => terminate(child, graceMs)));
  }

  pids() {
    return this.children.map(({ name, child }) => ({ name, pid: child.pid }));
  }

  /** SIGTERM to one process by name (a replica, in a test that stops one of each); resolves when it has exited. */
  async stopOne(name, graceMs = 15000) {
    const entry = this.children.find((c) => c.name === name);
    if (!entry) throw new Error(`no process named ${name}`);
    this.children = this.children.filter((c) => c !== entry);
    await terminate(entry.child, graceMs);
  }
}

/** SIGTERM; SIGKILL if it has not exited within `graceMs`. Resolves once it has exited. */
function terminate(child, graceMs) {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

function withoutMetricsPort(env) {
  const { METRICS_PORT: _metricsPort, ...rest } = env;
  return rest;
}

/** A port setting as a list of instances: one number is one instance. */
function instancesOf(value) {
  return Array.isArray(value) ? value : [value];
}

/** The process name of instance `i` of `name`: the first keeps the plain name (its log file too). */
function instanceName(name, i) {
  return i === 0 ? name : `${name}-${i + 1}`;
}

// Each one's port comes from its caller; they start side by side, and their seeds run one after
// another in this order (planning's teams first, notification's users' addresses last).
const services = [
  { name: 'planning' },
  { name: 'order' },
  { name: 'account' },
  { name: 'lead' },
  { name: 'notification' },
];

/** Every process of the platform that takes a port: the services, the gateway, order administration. */
const platformProcesses = [...services.map(({ name }) => name), 'gateway', 'orderAdmin'];

/** Each service instance's readiness with its checks' details (answered in full on loopback). */
async function servicesReadiness(ports) {
  const lines = await Promise.all(
    services.flatMap(({ name }) =>
      instancesOf(ports[name]).map(async (port, i) => {
        try {
          const response = await fetch(`http://127.0.0.1:${port}/health/ready`, {
            signal: AbortSignal.timeout(10_000),
          });
          return `  ${instanceName(name, i)}: ${response.status} ${(await response.text()).slice(0, 600)}`;
        } catch (error) {
          return `  ${instanceName(name, i)}: not answering (${error.cause?.code ?? error.message})`;
        }
      }),
    ),
  );
  return lines.join('\n');
}

/**
 * The whole platform in its start order: the services side by side (each
 * migrates its database; further instances after the first ones), then the
 * gateway beside order administration's consumer app, then the demo seeds
 * one after another (planning first: the others need its teams). `say`
 * reports progress.
 *
 * Readiness includes every consumer having joined its group, and a second
 * instance joining makes each group rebalance: on a loaded machine that takes
 * well over a minute, hence the generous `readyTimeoutMs`.
 *
 * A port given as a list starts that many instances (SALESGRAPH_REPLICAS):
 * the second `lead` is named `lead-2`, and so on. `ports.metrics`, when given,
 * holds each process' METRICS_PORT the same way.
 */
async function startPlatform(
  stack,
  { serviceEnv, gatewayEnv, ports, say = () => undefined, readyTimeoutMs = 300_000 },
) {
  const step = async (line, work) => {
    say(`==> ${line}`);
    await work();
    say('    ok');
  };
  const metricsPort = (name, i) => {
    const given = ports.metrics?.[name];
    return given === undefined ? {} : { METRICS_PORT: String(instancesOf(given)[i]) };
  };
  const startService = (name, i, port) =>
    stack.start({
      name: instanceName(name, i),
      script: `services/${name}/dist/main.js`,
      env: serviceEnv(name, i),
      readyUrl: `http://127.0.0.1:${port}/health/ready`,
      timeoutMs: readyTimeoutMs,
    });
  // The services side by side: none waits for another (each makes every topic it reads), and a
  // start is seconds of CPU (loading, building the schema) and a wait for the consumer groups.
  // First instances first: each migrates its database, which a second instance would wait for.
  const instances = services.flatMap(({ name }) =>
    instancesOf(ports[name]).map((port, i) => ({ name, i, port })),
  );
  const listed = (some) =>
    some.map(({ name, i, port }) => `${instanceName(name, i)} on 127.0.0.1:${port}`).join(', ');
  const startAll = (some) =>
    Promise.all(some.map(({ name, i, port }) => startService(name, i, port)));
  const firsts = instances.filter(({ i }) => i === 0);
  const further = instances.filter(({ i }) => i > 0);
  await step(`Starting the services, each migrating its database: ${listed(firsts)}`, () =>
    startAll(firsts),
  );
  if (further.length > 0)
    await step(`Starting further instances: ${listed(further)}`, () => startAll(further));
  const startGateway = (i, port) =>
    stack
      .start({
        name: instanceName('gateway', i),
        script: 'gateway/dist/main.js',
        env: { ...gatewayEnv, PORT: String(port), ...metricsPort('gateway', i) },
        readyUrl: `http://127.0.0.1:${port}/health/ready`,
        timeoutMs: readyTimeoutMs,
      })
      .catch(async (error) => {
        // The gateway sees bare statuses; the services tell a local caller which check fails.
        error.message += `\nThe services' own readiness:\n${await servicesReadiness(ports)}`;
        throw error;
      });
  const orderEnv = withoutMetricsPort(serviceEnv('order'));
  const startOrderAdmin = (i, port) =>
    stack.start({
      name: instanceName('order-admin', i),
      script: 'services/order-admin/dist/main.js',
      env: {
        // Kafka and the topic prefix as the order service has them; not its metrics port.
        ...orderEnv,
        // A test stack's groups are its own, as its topics are: two stacks on one host never share one.
        ...(orderEnv.KAFKA_TOPIC_PREFIX
          ? { ORDER_ADMIN_GROUP_PREFIX: `${orderEnv.KAFKA_TOPIC_PREFIX}order-admin.queue` }
          : {}),
        PORT: String(port),
        ...metricsPort('orderAdmin', i),
        // Each instance keeps the whole queue: a consumer group of its own, stable across restarts.
        ...(i > 0 ? { ORDER_ADMIN_INSTANCE_ID: `${os.hostname()}-${i + 1}` } : {}),
        // The queue answers coordinators' tokens only, from the same identity provider as the gateway.
        ...Object.fromEntries(
          Object.entries(gatewayEnv).filter(([name]) => name.startsWith('AUTH_')),
        ),
      },
      readyUrl: `http://127.0.0.1:${port}/health/ready`,
      timeoutMs: readyTimeoutMs,
    });
  // The gateway once every service is ready (its readiness asks them), order administration's
  // consumer beside it (it reads the order service's topic, which is there by now).
  const gateways = instancesOf(ports.gateway);
  const orderAdmins = instancesOf(ports.orderAdmin);
  await step(
    `Starting the gateway on ${gateways.map((port) => `127.0.0.1:${port}`).join(', ')} and order administration's consumer on ${orderAdmins.map((port) => `127.0.0.1:${port}`).join(', ')}`,
    () =>
      Promise.all([
        ...gateways.map((port, i) => startGateway(i, port)),
        ...orderAdmins.map((port, i) => startOrderAdmin(i, port)),
      ]),
  );
  for (const { name } of services) {
    await step(`Seeding demo data: ${name}`, () =>
      stack.run({
        name: `seed-${name}`,
        script: `services/${name}/dist/scripts/seed.js`,
        env: serviceEnv(name),
      }),
    );
  }
}

module.exports = {
  ProcessStack,
  freePorts,
  services,
  platformProcesses,
  repoRoot,
  startPlatform,
  instancesOf,
  instanceName,
  terminate,
};
