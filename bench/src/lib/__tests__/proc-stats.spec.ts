import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { cpuMillis, listeningPid, treeCpuMillis } from '../proc-stats';

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
