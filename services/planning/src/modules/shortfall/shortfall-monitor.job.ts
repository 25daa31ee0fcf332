import { PeriodicJob } from '@salesgraph/service-kit';
import type { Logger } from 'pino';
import type { ShortfallService } from './shortfall.service';

/** Runs the shortfall check every interval (see PeriodicJob: one run at a time, stopped cleanly). */
export class ShortfallMonitorJob extends PeriodicJob {
  readonly name = 'shortfall-monitor';

  constructor(
    private readonly shortfalls: ShortfallService,
    intervalMs: number,
    logger: Logger,
  ) {
    super(intervalMs, logger);
  }

  protected async tick(): Promise<void> {
    const detected = await this.shortfalls.check();
    if (detected) this.logger.info({ detected }, 'plan shortfalls detected');
  }
}
