import { Agent, request } from 'node:http';
import { percentile, round, sum } from './figures';

export interface LoadTarget {
  url: string;
  headers: Record<string, string>;
  body: string;
}

export interface LoadFigures {
  requests: number;
  /** Answers that were not 200 with data: counted, not timed, so a failing side cannot look fast. */
  failures: number;
  firstFailure?: string;
  seconds: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number };
}

/** What one window of load saw: every answered request's latency, and the failures. */
export interface LoadRun {
  latencies: number[];
  failures: number;
  firstFailure?: string;
  seconds: number;
}

/**
 * A closed-loop load: `workers` loops, each sending its next request when the
 * previous answer is in, over kept-alive connections, for `seconds`. Every
 * side of a comparison gets the same worker count. Plain node:http so that the
 * generator itself stays cheap on a two-core machine.
 */
export async function runLoad(
  target: LoadTarget | (() => LoadTarget),
  options: { workers: number; seconds: number },
): Promise<LoadFigures> {
  return loadFigures([await runLoadWindow(target, options)]);
}

/** Like runLoad, keeping the samples, so that windows of one side can be taken together. */
export async function runLoadWindow(
  target: LoadTarget | (() => LoadTarget),
  options: { workers: number; seconds: number },
): Promise<LoadRun> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.workers });
  const latencies: number[] = [];
  let failures = 0;
  let firstFailure: string | undefined;
  const started = performance.now();
  const endAt = started + options.seconds * 1000;
  const worker = async () => {
    while (performance.now() < endAt) {
      const current = typeof target === 'function' ? target() : target;
      const sent = performance.now();
      const answer = await send(agent, current).catch((error: Error) => ({
        status: 0,
        body: error.message,
      }));
      if (answer.status === 200 && !answer.body.includes('"errors"')) {
        latencies.push(performance.now() - sent);
      } else {
        failures += 1;
        firstFailure ??= `${answer.status} ${answer.body.slice(0, 300)}`;
      }
    }
  };
  await Promise.all(Array.from({ length: options.workers }, worker));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  return { latencies, failures, ...(firstFailure ? { firstFailure } : {}), seconds };
}

/** The figures of one or more windows of load on the same side, taken together. */
export function loadFigures(runs: LoadRun[]): LoadFigures {
  const latencies = runs.flatMap((run) => run.latencies).sort((a, b) => a - b);
  const seconds = sum(runs.map((run) => run.seconds));
  const firstFailure = runs.find((run) => run.firstFailure)?.firstFailure;
  return {
    requests: latencies.length,
    failures: sum(runs.map((run) => run.failures)),
    ...(firstFailure ? { firstFailure } : {}),
    seconds: round(seconds, 2),
    requestsPerSecond: round(latencies.length / seconds),
    latencyMs: {
      p50: round(percentile(latencies, 50)),
      p95: round(percentile(latencies, 95)),
      p99: round(percentile(latencies, 99)),
      max: round(latencies[latencies.length - 1] ?? NaN),
    },
  };
}

/** One POST, its status and body. */
export function send(agent: Agent, target: LoadTarget): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      target.url,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(target.body),
          ...target.headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(target.body);
  });
}
