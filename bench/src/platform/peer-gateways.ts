import { join } from 'node:path';
import type { BenchPlatform } from './bench-platform';

/* eslint-disable-next-line @typescript-eslint/no-require-imports -- the process stack is plain CommonJS shared with npm start */
const { freePorts } = require('../../../infra/stack/process-stack.cjs');

/**
 * Hive Gateway twice, as processes of the platform's stack: with its
 * JavaScript query planner and with the router runtime. `stop` ends both (the
 * platform's stop would too): the benchmarks after the gateways' share the
 * machine with the platform alone, not with two idle peers of 400 MiB each.
 */
export async function startPeerGateways(
  platform: BenchPlatform,
  say: (line: string) => void,
): Promise<{ hiveGatewayUrl: string; hiveRouterUrl: string; stop(): Promise<void> }> {
  const [gatewayPort, routerPort]: number[] = await freePorts(2);
  const script = join(platform.repoRoot, 'bench', 'dist', 'peers', 'hive-gateway.js');
  const start = async (name: string, port: number, routerRuntime: boolean) => {
    await platform.startProcess({
      name,
      script,
      env: {
        ...platform.peerEnv,
        NODE_ENV: 'production',
        PORT: String(port),
        HIVE_ROUTER_RUNTIME: String(routerRuntime),
      },
      readyUrl: `http://127.0.0.1:${port}/healthcheck`,
    });
    say(`    ${name} (peer) ready on 127.0.0.1:${port}`);
    return `http://127.0.0.1:${port}/graphql`;
  };
  // Side by side: on a loaded machine each takes a while to load its modules.
  const [hiveGatewayUrl, hiveRouterUrl] = await Promise.all([
    start('hive-gateway', gatewayPort, false),
    start('hive-router', routerPort, true),
  ]);
  return {
    hiveGatewayUrl,
    hiveRouterUrl,
    stop: async () => {
      await Promise.all(['hive-gateway', 'hive-router'].map((name) => platform.stopProcess(name)));
    },
  };
}
