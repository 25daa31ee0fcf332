import { CpuWindow, platformCpuSources, quietShareOf } from '../lib/platform-cpu';
import type { BenchPlatform } from '../platform/bench-platform';
import type { LeadDatabaseProbe } from './lead-database-probe';

/** Starts a window over what the platform spends on the leads sent from now on. */
export type LeadCpuWindows = () => CpuWindow;

/**
 * The CPU windows of the lead benchmarks (ingest and event latency): every
 * platform process, read anew at each start (a second lead-service instance
 * started since counts), less the probe's own PostgreSQL backend, which is the
 * benchmark's, and closed once the platform is back at the resting level read
 * here, before the first lead is sent.
 */
export async function leadCpuWindows(
  platform: BenchPlatform,
  probe: LeadDatabaseProbe,
): Promise<LeadCpuWindows> {
  const probePid = await probe.backendPid();
  const quietShare = await quietShareOf(platformCpuSources(platform.pids()));
  return () =>
    CpuWindow.start(platformCpuSources(platform.pids()), {
      excluded: { pid: probePid, from: 'postgresql' },
      quietShare,
    });
}
