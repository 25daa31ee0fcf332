import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { cpuMillis, listeningPid, treeCpuMillis, type ProcReader } from '../proc-stats';

describe('listeningPid', () => {
  let server: Server | undefined;
  afterEach(
    () => new Promise((resolve) => (server?.listening ? server.close(resolve) : resolve(0))),
  );

  it('finds the process listening on a port, and none on a port nobody listens on', async () => {
    const listening = createServer();
    server = listening;
    await new Promise<void>((resolve) => listening.listen(0, '127.0.0.1', resolve));
    const port = (listening.address() as { port: number }).port;
    expect(listeningPid(port)).toBe(process.pid);
    await new Promise((resolve) => listening.close(resolve));
    expect(listeningPid(port)).toBeUndefined();
  });
  it('answers the process that listened first when a child holds the socket too (a forking server)', async () => {
    const listening = createServer();
    server = listening;
    await new Promise<void>((resolve) => listening.listen(0, '127.0.0.1', resolve));
    const port = (listening.address() as { port: number }).port;
    const child = spawn(
      process.execPath,
      [
        '-e',
        "process.on('message', (m, handle) => { globalThis.kept = handle; process.send('held'); });",
      ],
      { stdio: ['ignore', 'ignore', 'ignore', 'ipc'] },
    );
    try {
      await new Promise<void>((resolve) => {
        child.once('message', () => resolve());
        child.send('server', listening);
      });
      expect(listeningPid(port)).toBe(process.pid);
    } finally {
      child.kill();
    }
  });
});

describe('treeCpuMillis', () => {
  it('counts the CPU of a child that has exited, which the process alone does not', async () => {
    const ownBefore = cpuMillis(process.pid);
    const treeBefore = treeCpuMillis(process.pid);
    // About 300 ms of CPU in a child, which this process reaps when it exits.
    const child = spawn(process.execPath, [
      '-e',
      'const end = process.cpuUsage().user + 300000; while (process.cpuUsage().user < end);',
    ]);
    await new Promise((resolve) => child.on('exit', resolve));
    const own = cpuMillis(process.pid) - ownBefore;
    const tree = treeCpuMillis(process.pid) - treeBefore;
    expect(tree - own).toBeGreaterThanOrEqual(250);
  });
});

describe('treeCpuMillis over a /proc that changes while it is read', () => {
  interface FakeProcess {
    ppid: number;
    own: number;
    reaped: number;
  }
  // The fields after the command name: ppid at 1, utime and stime at 11 and 12, cutime and cstime at 13 and 14.
  const fields = (p: FakeProcess) => {
    const f = Array<string>(20).fill('0');
    f[0] = 'S';
    f[1] = String(p.ppid);
    f[11] = String(p.own);
    f[14] = String(p.reaped);
    return f;
  };
  /** A postmaster (pid 500) and two backends, one of which exits and is reaped just after `trigger` is read, once. */
  const procWhereBackendExits = (backendPid: number, trigger: number): ProcReader => {
    const table = new Map<number, FakeProcess>([
      [500, { ppid: 1, own: 10, reaped: 40 }],
      [600, { ppid: 500, own: 7, reaped: 0 }],
      [backendPid, { ppid: 500, own: 50, reaped: 0 }],
    ]);
    let exited = false;
    return {
      pids: () => [...table.keys()].sort((a, b) => a - b),
      stat: (pid) => {
        const p = table.get(pid);
        if (!p) return undefined;
        const read = fields(p);
        if (pid === trigger && !exited) {
          exited = true;
          table.get(500)!.reaped += table.get(backendPid)!.own;
          table.delete(backendPid);
        }
        return read;
      },
    };
  };
  const settled: ProcReader = {
    pids: () => [500, 600],
    stat: (pid) =>
      pid === 500
        ? fields({ ppid: 1, own: 10, reaped: 90 })
        : pid === 600
          ? fields({ ppid: 500, own: 7, reaped: 0 })
          : undefined,
  };

  it('does not miss a backend reaped after its parent was read and before it was', () => {
    // The postmaster is read first (its reaped time without the backend's), the backend is gone when reached.
    expect(treeCpuMillis(500, procWhereBackendExits(700, 500))).toBe(treeCpuMillis(500, settled));
  });
  it('does not count twice a backend read alive and reaped before its parent was read (pids wrapped)', () => {
    // The backend's pid is lower than the postmaster's: read alive, then taken over by its parent.
    expect(treeCpuMillis(500, procWhereBackendExits(300, 300))).toBe(treeCpuMillis(500, settled));
  });
  it('reads a tree nothing leaves in one pass', () => {
    let reads = 0;
    const counted: ProcReader = { pids: settled.pids, stat: (pid) => (reads++, settled.stat(pid)) };
    treeCpuMillis(500, counted);
    // Two processes listed and read, then both read again to check.
    expect(reads).toBe(4);
  });
});
