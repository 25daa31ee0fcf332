import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePorts, repoRoot } from '../stack/process-stack';

export interface InfraAddresses {
  pgAdminUrl: string;
  kafkaBrokers: string[];
  databaseUrls: Record<'lead' | 'account' | 'order' | 'planning' | 'notification', string>;
}

/**
 * A PostgreSQL and a Kafka broker of the suite's own, started by the
 * project's infra scripts in a state directory and on ports of their own.
 * The shared servers (SALESGRAPH_PG_ADMIN_URL, SALESGRAPH_KAFKA_BROKERS) are
 * taken out of the scripts' environment, so nothing here can reach, stop or
 * clean them; the suite may then kill and restart its own at will.
 */
export class OwnInfrastructure {
  readonly stateDir: string;
  private ports?: { pg: number; kafka: number; controller: number };
  private addresses?: InfraAddresses;

  constructor(private readonly log: (line: string) => void) {
    this.stateDir = mkdtempSync(join(tmpdir(), 'salesgraph-faults-'));
    // The postgres system user runs the cluster (we may be root): it must enter this directory.
    chmodSync(this.stateDir, 0o755);
  }

  get env(): NodeJS.ProcessEnv {
    if (!this.ports) throw new Error('own infrastructure: ports not chosen yet');
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      SALESGRAPH_STATE_DIR: this.stateDir,
      // Where a cluster would go if the postgres user could not enter the state directory: ours too.
      SALESGRAPH_PG_OUTSIDE_DIR: join(this.stateDir, 'outside'),
      SALESGRAPH_PG_PORT: String(this.ports.pg),
      SALESGRAPH_KAFKA_PORT: String(this.ports.kafka),
      SALESGRAPH_KAFKA_CONTROLLER_PORT: String(this.ports.controller),
      SALESGRAPH_SKIP_INSTALL: '1',
    };
    delete env.SALESGRAPH_PG_ADMIN_URL;
    delete env.SALESGRAPH_KAFKA_BROKERS;
    return env;
  }

  get where(): InfraAddresses {
    if (!this.addresses) throw new Error('own infrastructure: not started');
    return this.addresses;
  }

  /** Starts both servers side by side, then writes and reads their addresses (infra/up.sh). */
  async start(): Promise<InfraAddresses> {
    const [pg, kafka, controller] = await freePorts(3);
    this.ports = { pg, kafka, controller };
    this.log(`own PostgreSQL on ${pg}, Kafka on ${kafka} (state: ${this.stateDir})`);
    await Promise.all([this.script('postgres.sh', 'start'), this.script('kafka.sh', 'start')]);
    await this.script('up.sh');
    const text = readFileSync(join(this.stateDir, 'env.sh'), 'utf8');
    const vars = Object.fromEntries(
      [...text.matchAll(/^export (\w+)='([^']*)'$/gm)].map(([, name, value]) => [name, value]),
    );
    this.addresses = {
      pgAdminUrl: vars.SALESGRAPH_PG_ADMIN_URL,
      kafkaBrokers: vars.SALESGRAPH_KAFKA_BROKERS.split(','),
      databaseUrls: {
        lead: vars.SALESGRAPH_LEAD_DATABASE_URL,
        account: vars.SALESGRAPH_ACCOUNT_DATABASE_URL,
        order: vars.SALESGRAPH_ORDER_DATABASE_URL,
        planning: vars.SALESGRAPH_PLANNING_DATABASE_URL,
        notification: vars.SALESGRAPH_NOTIFICATION_DATABASE_URL,
      },
    };
    return this.addresses;
  }

  /** Stops the broker (SIGTERM, or kill -9 when `hard`) and starts it again; returns the downtime in ms. */
  async restartKafka(hard: boolean): Promise<number> {
    const started = Date.now();
    if (hard) {
      const pid = Number(readFileSync(join(this.stateDir, 'kafka', 'broker.pid'), 'utf8').trim());
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      // Only ever our own broker: its command line names our state directory.
      if (!cmdline.includes(this.stateDir)) throw new Error(`pid ${pid} is not the suite's broker`);
      process.kill(pid, 'SIGKILL');
      await waitUntilGone(pid);
    } else await this.script('kafka.sh', 'stop');
    await this.script('kafka.sh', 'start');
    return Date.now() - started;
  }

  /** Stops PostgreSQL (fast shutdown: every connection is cut) and starts it again. */
  async restartPostgres(): Promise<number> {
    const started = Date.now();
    await this.script('postgres.sh', 'restart');
    return Date.now() - started;
  }

  /** Stops both servers and removes their data. */
  async destroy(): Promise<void> {
    if (this.ports)
      await this.script('clean.sh').catch((e: Error) => this.log(`clean: ${e.message}`));
    rmSync(this.stateDir, { recursive: true, force: true });
  }

  private script(name: string, ...args: string[]): Promise<void> {
    return new Promise((resolve, reject) => {
      let output = '';
      const child = spawn('bash', [join(repoRoot, 'infra', name), ...args], {
        cwd: repoRoot,
        env: this.env,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child.stdout.on('data', (d) => (output += d));
      child.stderr.on('data', (d) => (output += d));
      child.on('exit', (code) =>
        code === 0
          ? resolve()
          : reject(
              new Error(
                `infra/${name} ${args.join(' ')} failed (${code}):\n${output.slice(-2000)}`,
              ),
            ),
      );
    });
  }
}

async function waitUntilGone(pid: number): Promise<void> {
  for (let i = 0; i < 200; i += 1) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`pid ${pid} did not end`);
}
