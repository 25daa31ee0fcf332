import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { round } from './figures';

/**
 * A child process that runs host-speed.ts' fixed loop when given its steps on a line, and answers with the CPU time
 * it took in ms. CPU time, not wall time: the platform keeps both cores busy during a benchmark, and the child's wall
 * time would time its wait for a core; the host's own slowing (no steal time is reported under this machine kind)
 * shows in the CPU time the same loop takes, busy machine or not.
 */
const childSource = `
const { createInterface } = require('node:readline');
function fixedLoop(steps) { let x = 0; for (let i = 0; i < steps; i++) x = (x + (i % 7)) | 0; return x; }
fixedLoop(10000000);
createInterface({ input: process.stdin }).on('line', (line) => {
  const start = process.cpuUsage();
  fixedLoop(Number(line));
  const used = process.cpuUsage(start);
  process.stdout.write((used.user + used.system) / 1000 + '\\n');
});
`;

/** The steps of host-speed.ts' loop, which the samples are scaled to so that they compare with `javascriptMs`. */
const referenceSteps = 100_000_000;

/**
 * How often a full run samples the host's speed while a benchmark runs. Every 10 s at first (10438cf): then event
 * latency, about 20 s of load, took two samples, and on 2026-12-07 read saturation at 1,202.8 events/s and 1.46 ms of
 * CPU an event, a third under the run before, while its two samples put the host at 0.89 of its speed.
 */
export const hostSpeedSampleIntervalMs = 2_000;

export interface HostSpeedWatch {
  /** Stops sampling and returns the samples, oldest first: the loop's CPU time in ms, scaled to `referenceSteps`. */
  stop(): Promise<number[]>;
}

/**
 * Samples the host's speed while a benchmark runs, every `intervalMs`, with a loop of `steps` (a tenth of the reference
 * loop by default: about 16 ms of one core every 2 s, under 1 % of the machine). The shorter loop reads the host as the
 * longer one does: beside each other for a minute on an idle machine whose host lost speed in moments, 59 samples each,
 * 161.3 to 386.6 ms against 134.1 to 431, the share of its speed 0.78 against 0.8. The two measurements bracketing a
 * benchmark can both read the usual speed while the host ran at half of it in between: on 2026-12-07 the gateways
 * benchmark read the loop at 163.6 ms before and 188 after, while router-runtime's side took 22.1 ms of CPU a
 * keyAccount request against 11.95 in the run of record.
 */
export function watchHostSpeed(o: { intervalMs?: number; steps?: number } = {}): HostSpeedWatch {
  const intervalMs = o.intervalMs ?? hostSpeedSampleIntervalMs;
  const steps = o.steps ?? referenceSteps / 10;
  const child = spawn(process.execPath, ['-e', childSource], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const samples: number[] = [];
  let answered: (() => void) | undefined;
  createInterface({ input: child.stdout }).on('line', (line) => {
    samples.push(round((Number(line) * referenceSteps) / steps));
    answered?.();
  });
  let inFlight: Promise<void> | undefined;
  const timer = setInterval(() => {
    if (inFlight) return; // the last loop not done yet: the host is slow, and it will say so
    inFlight = new Promise<void>((resolve) => {
      answered = resolve;
      child.stdin.write(`${steps}\n`);
    }).finally(() => (inFlight = undefined));
  }, intervalMs);
  // A child gone (killed from outside) answers no more; the samples taken stand.
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.stdin.on('error', () => undefined);
  return {
    async stop() {
      clearInterval(timer);
      if (inFlight) await Promise.race([inFlight, exited]);
      child.kill();
      await exited;
      return samples;
    },
  };
}
