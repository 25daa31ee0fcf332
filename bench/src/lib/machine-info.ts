import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { withAdminClient } from '@salesgraph/testing';
import { round } from './figures';
import { measureHostSpeed, type HostSpeed } from './host-speed';
import { readPostgresDurability, type PostgresDurability } from './postgres-durability';

export interface MachineInfo {
  date: string;
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  /** The 1-minute load average when the run started: above the core count, other work shared the machine. */
  loadAverage: number;
  /** Three fixed pieces of work timed at the start (absent in results written before it was measured). */
  hostSpeed?: HostSpeed;
  /**
   * What PostgreSQL did to make commits survive a crash during the run (absent in results written before it
   * was read: the dev cluster then, with all three off).
   */
  postgresqlDurability?: PostgresDurability;
  commit: string;
  versions: Record<string, string>;
}

function fileField(file: string, pattern: RegExp): string | undefined {
  try {
    return pattern.exec(readFileSync(file, 'utf8'))?.[1]?.trim();
  } catch {
    return undefined;
  }
}

/** The version of an installed package, read from its package.json (some packages do not export it). */
function packageVersion(repoRoot: string, name: string): string {
  for (const dir of [
    join(repoRoot, 'node_modules', name),
    join(repoRoot, 'bench', 'node_modules', name),
    join(repoRoot, 'gateway', 'node_modules', name),
  ]) {
    const file = join(dir, 'package.json');
    if (existsSync(file))
      return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
  }
  return 'not installed';
}

/** The host's speed now, on a connection of its own (after each benchmark, to tell whether the host held still). */
export function hostSpeedNow(repeats?: number): Promise<HostSpeed> {
  return withAdminClient((client) => measureHostSpeed(client, repeats));
}

/** Where and with what a run was made: the machine from /proc, the versions of everything compared. */
export async function machineInfo(repoRoot: string): Promise<MachineInfo> {
  // Read before the host's speed is measured, which keeps a core busy for seconds.
  const loadAverage = round(loadavg()[0], 2);
  const memKiB = Number(fileField('/proc/meminfo', /^MemTotal:\s+(\d+) kB/m) ?? 0);
  const { postgres, postgresqlDurability, hostSpeed } = await withAdminClient(async (client) => {
    const version = await client.query<{ server_version: string }>('SHOW server_version');
    return {
      postgres: version.rows[0].server_version,
      postgresqlDurability: await readPostgresDurability(client),
      hostSpeed: await measureHostSpeed(client),
    };
  });
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: repoRoot,
      encoding: 'utf8',
    }).trim();
  } catch {
    // not a git checkout (an image): the figures still stand, without a commit
  }
  return {
    date: new Date().toISOString(),
    cpu: fileField('/proc/cpuinfo', /^model name\s*:\s*(.+)$/m) ?? cpus()[0]?.model ?? 'unknown',
    cores: Number(execFileSync('nproc', { encoding: 'utf8' }).trim()) || cpus().length,
    memoryGiB: Math.round((memKiB / 1024 / 1024) * 10) / 10,
    os: fileField('/etc/os-release', /^PRETTY_NAME="?([^"\n]+)"?$/m) ?? process.platform,
    loadAverage,
    hostSpeed,
    postgresqlDurability,
    commit,
    versions: {
      node: process.versions.node,
      postgresql: postgres.split(' ')[0],
      '@apollo/gateway': packageVersion(repoRoot, '@apollo/gateway'),
      '@graphql-hive/gateway': packageVersion(repoRoot, '@graphql-hive/gateway'),
      '@graphql-hive/router-runtime': packageVersion(repoRoot, '@graphql-hive/router-runtime'),
      kafkajs: packageVersion(repoRoot, 'kafkajs'),
    },
  };
}
