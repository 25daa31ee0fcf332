import { randomUUID } from 'node:crypto';
import { PeriodicJob, serviceCommand, type Clock, type Logger } from '@salesgraph/service-kit';
import type { ServiceLevelWatch } from './service-level-watch';

/** Looks for orders over their service level every interval (OrderServiceLevelBreached, once each). */
export class ServiceLevelWatchJob extends PeriodicJob {
  readonly name = 'service-level-watch';

  constructor(
    private readonly watch: ServiceLevelWatch,
    intervalMs: number,
    private readonly clock: Clock,
    logger: Logger,
  ) {
    super(intervalMs, logger);
  }

  protected async tick(): Promise<void> {
    const raised = await this.watch.run(
      serviceCommand('order', this.clock, `service-level-watch-${randomUUID()}`),
    );
    if (raised.length)
      this.logger.info({ breaches: raised.length }, 'orders over their service level');
  }
}
