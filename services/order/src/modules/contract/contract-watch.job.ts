import { randomUUID } from 'node:crypto';
import { PeriodicJob, serviceCommand, type Clock, type Logger } from '@salesgraph/service-kit';
import type { ContractWatch } from './contract-watch';

/**
 * Runs the contract watch every interval, the first time one interval after
 * start (not at once: a seed that is still writing a contract's call-offs
 * would look behind pace). Several instances may run it at once: the
 * warnings table and the version check make every effect happen once.
 */
export class ContractWatchJob extends PeriodicJob {
  readonly name = 'contract-watch';

  constructor(
    private readonly watch: ContractWatch,
    intervalMs: number,
    private readonly clock: Clock,
    logger: Logger,
  ) {
    super(intervalMs, logger);
  }

  protected async tick(): Promise<void> {
    const command = serviceCommand('order', this.clock, `contract-watch-${randomUUID()}`);
    const report = await this.watch.run(command);
    if (report.expired.length || report.expiring.length || report.underrun.length)
      this.logger.info(
        {
          expired: report.expired.length,
          expiring: report.expiring.length,
          underrun: report.underrun.length,
        },
        'contract watch raised events',
      );
  }
}
