import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';

/** Clock ticks per second of /proc/<pid>/stat's times (100 on every Linux we run on; asked once). */
const ticksPerSecond = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/**
 * The fields of /proc/<pid>/stat after the command name (index 0 is field 3, the state), or
 * undefined for a process that has exited.
 */
function statFields(pid: number): string[] | undefined {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  // The command name (field 2) may hold spaces: the fields after it start at the last ')'.
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}

const ticksToMillis = (ticks: number) => (ticks * 1000) / ticksPerSecond;

/** CPU time (user + system) a process has used so far, in milliseconds. */
export function cpuMillis(pid: number): number {
  const fields = statFields(pid);
  if (!fields) throw new Error(`process ${pid} is not running`);
  // utime and stime are fields 14 and 15 of the whole line, 12 and 13 after the name.
  return ticksToMillis(Number(fields[11]) + Number(fields[12]));
}

/**
 * CPU time of a process and every process under it, in milliseconds: the live ones' own time,
 * and that of those already gone, which their parent took over when it reaped them (cutime and
 * cstime, fields 16 and 17). For PostgreSQL: the postmaster, its background workers and one
 * backend per connection, whichever connections opened and closed meanwhile.
 */
export function treeCpuMillis(rootPid: number): number {
  const stats = new Map<number, string[]>();
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const pid = Number(entry);
    const fields = statFields(pid);
    if (!fields) continue;
    stats.set(pid, fields);
    const parent = Number(fields[1]);
    const siblings = children.get(parent);
    if (siblings) siblings.push(pid);
    else children.set(parent, [pid]);
  }
  let ticks = 0;
  const pending = [rootPid];
  for (let pid = pending.pop(); pid !== undefined; pid = pending.pop()) {
    const fields = stats.get(pid);
    if (!fields) continue;
    ticks += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
    pending.push(...(children.get(pid) ?? []));
  }
  return ticksToMillis(ticks);
}

/**
 * The process listening on a local TCP port, or undefined when none of this machine's processes
 * is (a server in a container or on another host): the socket's inode from /proc/net/tcp{,6},
 * then the process holding a descriptor of it. A server that forks a process per connection
 * (PostgreSQL) shares the socket with each child until the child closes it: of all holders, the
 * one started first is the server. The first holder /proc listed was sometimes such a child (pids
 * wrap at 32,768 here, so a new child may list before the server), and its CPU, gone with it,
 * read as PostgreSQL's.
 */
export function listeningPid(port: number): number | undefined {
  const inodes = new Set<string>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text: string;
    try {
      text = readFileSync(table, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      // sl, local address (hex ip:port), remote address, state (0A: listening), ..., inode (10th).
      const fields = line.trim().split(/\s+/);
      if (fields.length < 10 || fields[3] !== '0A') continue;
      if (parseInt(fields[1].split(':')[1], 16) === port) inodes.add(`socket:[${fields[9]}]`);
    }
  }
  if (inodes.size === 0) return undefined;
  let server: { pid: number; startedAt: number } | undefined;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const pid = Number(entry);
    if (!holdsAny(pid, inodes)) continue;
    // starttime, field 22 of the whole line: clock ticks after boot.
    const startedAt = Number(statFields(pid)?.[19] ?? Infinity);
    if (!server || startedAt < server.startedAt) server = { pid, startedAt };
  }
  return server?.pid;
}

function holdsAny(pid: number, inodes: Set<string>): boolean {
  let descriptors: string[];
  try {
    descriptors = readdirSync(`/proc/${pid}/fd`);
  } catch {
    return false;
  }
  for (const fd of descriptors) {
    try {
      if (inodes.has(readlinkSync(`/proc/${pid}/fd/${fd}`))) return true;
    } catch {
      // closed meanwhile
    }
  }
  return false;
}

/** Resident memory now and at its peak (VmRSS, VmHWM), in MiB. */
export function memoryMiB(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (name: string) =>
    Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rss: kib('VmRSS') / 1024, peak: kib('VmHWM') / 1024 };
}
