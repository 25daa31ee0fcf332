import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { freePorts, repoRoot, terminate } from './process-stack';

export type ServiceName = 'lead' | 'account' | 'order' | 'planning' | 'notification';

/** One running (or killed) process of a service. */
export interface Instance {
  service: ServiceName;
  /** "a", "b": also its SERVICE_INSTANCE_ID suffix, so it is named in pg_stat_activity and Kafka. */
  label: string;
  port: number;
  url: string;
  logFile: string;
  child?: ChildProcess;
  starts: number;
}

export interface FleetOptions {
  serviceEnv(name: ServiceName): Record<string, string>;
  logDir: string;
  log(line: string): void;
  readyTimeoutMs?: number;
}

/**
 * The services' processes under the suite: each a real `node dist/main.js`
 * with its own port and instance id, started, killed with SIGKILL (like a
 * crashed container) and started again.
 */
export class Fleet {
  private readonly instances: Instance[] = [];
  private next = 0;

  constructor(private readonly options: FleetOptions) {
    mkdirSync(options.logDir, { recursive: true });
  }

  async add(service: ServiceName, label: string): Promise<Instance> {
    const [port] = await freePorts(1);
    const instance: Instance = {
      service,
      label,
      port,
      url: `http://127.0.0.1:${port}`,
      logFile: join(this.options.logDir, `${service}-${label}.log`),
      starts: 0,
    };
    this.instances.push(instance);
    await this.start(instance);
    return instance;
  }

  instanceId(instance: Instance): string {
    return `${instance.service}-${instance.label}`;
  }

  async start(instance: Instance): Promise<number> {
    const started = Date.now();
    instance.starts += 1;
    const log = openSync(instance.logFile, 'a');
    writeSync(log, `\n===== start ${instance.starts} at ${new Date().toISOString()} =====\n`);
    const child = spawn(process.execPath, [`services/${instance.service}/dist/main.js`], {
      cwd: repoRoot,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        ...this.options.serviceEnv(instance.service),
        PORT: String(instance.port),
        SERVICE_INSTANCE_ID: this.instanceId(instance),
      },
      stdio: ['ignore', log, log],
      detached: true,
    });
    closeSync(log);
    instance.child = child;
    await this.waitReady(instance, child);
    return Date.now() - started;
  }

  /** SIGKILL, and wait until the process is gone. Returns when it died. */
  async kill9(instance: Instance): Promise<number> {
    const child = instance.child;
    if (!child || child.exitCode !== null || child.signalCode !== null)
      throw new Error(`${this.instanceId(instance)} is not running`);
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGKILL');
    await exited;
    instance.child = undefined;
    return Date.now();
  }

  /** Waits until a running instance answers ready again (after an outage of its dependencies). */
  async awaitReady(instance: Instance): Promise<void> {
    if (instance.child) await this.waitReady(instance, instance.child);
  }

  pidOf(instance: Instance): number | undefined {
    return instance.child?.pid;
  }

  all(): Instance[] {
    return [...this.instances];
  }

  byInstanceId(id: string): Instance | undefined {
    return this.instances.find((i) => this.instanceId(i) === id);
  }

  /** A running instance of the service, taking turns between them. */
  urlOf(service: ServiceName): string {
    const running = this.instances.filter((i) => i.service === service && i.child);
    if (running.length === 0)
      return this.instances.find((i) => i.service === service)?.url ?? 'http://127.0.0.1:1';
    this.next += 1;
    return running[this.next % running.length].url;
  }

  /** SIGTERM to every instance, SIGKILL after the grace period. */
  async stopAll(graceMs = 15_000): Promise<void> {
    await Promise.all(
      this.instances.map(async (instance) => {
        const child = instance.child;
        instance.child = undefined;
        if (child) await terminate(child, graceMs);
      }),
    );
  }

  /** Runs a service's seed script to its end. */
  runSeed(service: ServiceName): Promise<void> {
    const logFile = join(this.options.logDir, `seed-${service}.log`);
    return new Promise((resolve, reject) => {
      const log = openSync(logFile, 'w');
      const child = spawn(process.execPath, [`services/${service}/dist/scripts/seed.js`], {
        cwd: repoRoot,
        env: {
          PATH: process.env.PATH,
          HOME: process.env.HOME,
          ...this.options.serviceEnv(service),
        },
        stdio: ['ignore', log, log],
      });
      closeSync(log);
      child.on('exit', (code) =>
        code === 0
          ? resolve()
          : reject(new Error(`seed of ${service} failed (${code}): ${tail(logFile)}`)),
      );
    });
  }

  private async waitReady(instance: Instance, child: ChildProcess): Promise<void> {
    const timeoutMs = this.options.readyTimeoutMs ?? 180_000;
    const deadline = Date.now() + timeoutMs;
    let last = '';
    while (Date.now() < deadline) {
      if (child.exitCode !== null || child.signalCode !== null)
        throw new Error(
          `${this.instanceId(instance)} exited (${child.exitCode ?? child.signalCode}) before it was ready: ${tail(instance.logFile)}`,
        );
      try {
        const response = await fetch(`${instance.url}/health/ready`, {
          signal: AbortSignal.timeout(3_000),
        });
        if (response.ok) return;
        last = await response.text();
      } catch (error) {
        last = (error as Error).message;
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(
      `${this.instanceId(instance)} was not ready within ${timeoutMs / 1000} s (last answer: ${last.slice(0, 500)})`,
    );
  }
}

function tail(file: string, lines = 15): string {
  try {
    return readFileSync(file, 'utf8').trim().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}
