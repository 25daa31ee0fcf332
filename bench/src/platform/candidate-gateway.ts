import { existsSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import type { BenchPlatform } from './bench-platform';

/* eslint-disable-next-line @typescript-eslint/no-require-imports -- the process stack is plain CommonJS shared with npm start */
const { freePorts } = require('../../../infra/stack/process-stack.cjs');

/** The process name of the candidate gateway, as the platform's CPU readings know it. */
export const CANDIDATE_PROCESS = 'candidate-gateway';

/**
 * The candidate build of our gateway that BENCH_CANDIDATE_GATEWAY names (its `main.js`), resolved
 * from the repository's root; undefined when the variable is not set. Inside the repository only:
 * the build finds its packages in the repository's node_modules, as `gateway/dist` does.
 */
export function candidateGatewayScript(
  env: NodeJS.ProcessEnv,
  repoRoot: string,
): string | undefined {
  const given = env.BENCH_CANDIDATE_GATEWAY;
  if (given === undefined || given === '') return undefined;
  const script = resolve(repoRoot, given);
  const inside = relative(repoRoot, script);
  if (inside.startsWith('..') || isAbsolute(inside))
    throw new Error(
      `BENCH_CANDIDATE_GATEWAY=${given}: a gateway build inside the repository (${repoRoot}), such as a copy of gateway/dist under gateway/dist/, so that it finds the repository's node_modules`,
    );
  if (!existsSync(script))
    throw new Error(
      `BENCH_CANDIDATE_GATEWAY=${given}: no such file (${script}); name a built gateway's main.js`,
    );
  return script;
}

/**
 * A second build of our gateway (a change being tried) as one more process of the platform's
 * stack, with our gateway's environment on a port of its own: the gateways benchmark measures it
 * as the side `candidate`, in the same rounds as ours, so that a change is compared with the code
 * as it is within one run. Runs a few minutes apart on this machine differ by more than most
 * changes do (bench/journal.md).
 */
export async function startCandidateGateway(
  platform: BenchPlatform,
  script: string,
  say: (line: string) => void,
): Promise<{ url: string; stop(): Promise<void> }> {
  const [port]: number[] = await freePorts(1);
  // Its metrics port would be ours: it serves none. The supergraph every side reads named, not
  // found beside the build (a copy under gateway/dist/ would look for it there).
  const { METRICS_PORT: _ours, ...env } = platform.gatewayEnv;
  await platform.startProcess({
    name: CANDIDATE_PROCESS,
    script,
    env: {
      ...env,
      PORT: String(port),
      SUPERGRAPH_PATH: platform.peerEnv.SUPERGRAPH_PATH,
    },
    readyUrl: `http://127.0.0.1:${port}/health/ready`,
  });
  say(`    ${CANDIDATE_PROCESS} (${script}) ready on 127.0.0.1:${port}`);
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    stop: () => platform.stopProcess(CANDIDATE_PROCESS),
  };
}
