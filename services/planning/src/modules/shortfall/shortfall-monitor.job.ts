import { randomUUID } from 'node:crypto';
import { PeriodicJob, serviceCommand, type Clock } from '@salesgraph/service-kit';
import type { Logger } from 'pino';
import type { ShortfallService } from './shortfall.service';

/** Runs the shortfall check every interval (see PeriodicJob: one run at a time, stopped cleanly). */
export class ShortfallMonitorJob extends PeriodicJob {
  readonly name = 'shortfall-monitor';

  constructor(
    private readonly shortfalls: ShortfallService,
    private readonly clock: Clock,
    intervalMs: number,
    logger: Logger,
  ) {
    super(intervalMs, logger);
  }

  protected async tick(): Promise<void> {
    const command = serviceCommand('planning', this.clock, `shortfall-check-${randomUUID()}`);
    const detected = await this.shortfalls.check(command);
    if (detected) this.logger.info({ detected }, 'plan shortfalls detected');
  }
}
