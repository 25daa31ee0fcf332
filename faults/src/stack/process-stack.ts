/* eslint-disable @typescript-eslint/no-require-imports -- the process stack is plain CommonJS shared with npm start */
import type { ChildProcess } from 'node:child_process';
/**
 * The platform's process helpers (infra/stack), shared with `npm start` and
 * the end-to-end tests: free ports, the repository root, each process's
 * environment and how a process is stopped. The path is the same from src/
 * and dist/.
 */
const stack = require('../../../infra/stack/process-stack.cjs') as {
  freePorts(count: number): Promise<number[]>;
  repoRoot: string;
  terminate(child: ChildProcess, graceMs: number): Promise<void>;
};
const env = require('../../../infra/stack/platform-env.cjs') as {
  platformEnv(o: {
    databaseUrls: Record<string, string>;
    kafkaBrokers: string;
    topicPrefix: string;
    ports: Record<string, number>;
    internalKeys: { privateJwk: unknown; publicJwk: unknown };
    issuer: { url: string; audience: string; publicJwk: unknown };
    nodeEnv: string;
    logLevel: string;
    extraServiceEnv?: Record<string, string>;
  }): { serviceEnv(name: string): Record<string, string> };
};

export const { freePorts, repoRoot, terminate } = stack;
export const { platformEnv } = env;
