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

/** What `treeCpuMillis` reads of /proc: the pids there, and one process's stat fields. */
export interface ProcReader {
  pids(): number[];
  /** As `statFields`: the fields after the command name, or undefined once the process is gone. */
  stat(pid: number): string[] | undefined;
}

const procfs: ProcReader = {
  pids: () =>
    readdirSync('/proc')
      .filter((entry) => /^\d+$/.test(entry))
      .map(Number),
  stat: statFields,
};

/** Fields 16 and 17 of the whole line, cutime and cstime: the time of children already reaped. */
const reapedTicks = (fields: string[]) => Number(fields[13]) + Number(fields[14]);

/**
 * CPU time of a process and every process under it, in milliseconds: the live ones' own time,
 * and that of those already gone, which their parent took over when it reaped them (cutime and
 * cstime). For PostgreSQL: the postmaster, its background workers and one backend per
 * connection, whichever connections opened and closed meanwhile.
 *
 * /proc is read one process at a time, so a child reaped during the pass could be missed (its
 * parent read before, the child gone when reached) or counted twice (the child read alive, its
 * parent read after, with the child's time taken over): a step in the total as large as the
 * child's whole life. PostgreSQL's backends exit whenever a pool closes an idle connection (pg's
 * do after 10 s), and once in CI a reduced lead ingest read -8.91 ms of CPU a lead, some 480 ms
 * short in all. So every process of the tree is read again after the pass: if one has gone or
 * taken over a child's time meanwhile, the pass is repeated.
 */
export function treeCpuMillis(rootPid: number, proc: ProcReader = procfs): number {
  for (let attempt = 1; ; attempt++) {
    const { ticks, reaped } = treeTicks(rootPid, proc);
    const unchanged = [...reaped].every(([pid, before]) => {
      const fields = proc.stat(pid);
      return fields !== undefined && reapedTicks(fields) === before;
    });
    // Five passes in a row each disturbed by an exit would take a pool closing connections
    // faster than /proc is read; the last one is then the best there is.
    if (unchanged || attempt === 5) return ticksToMillis(ticks);
  }
}

/** One pass: the tree's ticks, and each of its processes' reaped-children ticks as read. */
function treeTicks(
  rootPid: number,
  proc: ProcReader,
): { ticks: number; reaped: Map<number, number> } {
  const stats = new Map<number, string[]>();
  const children = new Map<number, number[]>();
  for (const pid of proc.pids()) {
    const fields = proc.stat(pid);
    if (!fields) continue;
    stats.set(pid, fields);
    const parent = Number(fields[1]);
    const siblings = children.get(parent);
    if (siblings) siblings.push(pid);
    else children.set(parent, [pid]);
  }
  let ticks = 0;
  const reaped = new Map<number, number>();
  const pending = [rootPid];
  for (let pid = pending.pop(); pid !== undefined; pid = pending.pop()) {
    const fields = stats.get(pid);
    if (!fields) continue;
    reaped.set(pid, reapedTicks(fields));
    ticks += Number(fields[11]) + Number(fields[12]) + reapedTicks(fields);
    pending.push(...(children.get(pid) ?? []));
  }
  return { ticks, reaped };
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
  for (const pid of procfs.pids()) {
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
