import { spawn, type ChildProcess } from 'node:child_process';
import { CpuWindow } from '../platform-cpu';

/** A child that burns `ms` of CPU, then idles until killed: its CPU stays readable. */
function burner(ms: number): ChildProcess {
  return spawn(process.execPath, [
    '-e',
    `const used = () => { const u = process.cpuUsage(); return u.user + u.system; }; const end = used() + ${ms * 1000}; while (used() < end); setInterval(() => undefined, 1000);`,
  ]);
}

describe('CpuWindow', () => {
  const children: ChildProcess[] = [];
  afterEach(() => {
    for (const child of children.splice(0)) child.kill();
  });

  it('waits for the work to end and leaves the excluded process out, reading what it spent apart', async () => {
    const excluded = burner(600);
    const counted = burner(900);
    children.push(excluded, counted);
    const window = CpuWindow.start(
      { tree: { pid: process.pid, withDescendants: true } },
      { excluded: { pid: excluded.pid!, from: 'tree' } },
    );
    // Stopped at once: the children are still burning, so it waits until the tree is quiet.
    const spent = await window.stop({ windowMs: 200 });
    expect(spent.byProcess.tree).toBeGreaterThanOrEqual(800);
    // Counted with it, the excluded child's 600 ms would take it past 1,500.
    expect(spent.byProcess.tree).toBeLessThan(1_400);
    expect(Object.keys(spent.byProcess)).toEqual(['tree']);
    // What it left out is kept apart: the benchmark's own share of the cores.
    expect(spent.excludedMs).toBeGreaterThanOrEqual(500);
    expect(spent.excludedMs).toBeLessThan(800);
    expect(spent.settleSeconds).toBeGreaterThan(0.5);
  });

  it('reads the share of a core the sources spend at rest', async () => {
    const busy = burner(2_000);
    const idle = burner(0);
    children.push(busy, idle);
    await new Promise((resolve) => setTimeout(resolve, 300)); // both started
    // Loose bounds: other tests may share the cores.
    expect(await CpuWindow.restingShare({ busy: { pid: busy.pid! } }, 500)).toBeGreaterThan(0.2);
    expect(await CpuWindow.restingShare({ idle: { pid: idle.pid! } }, 500)).toBeLessThan(0.1);
  });
});
