import { randomUUID } from 'node:crypto';
import { PeriodicJob, serviceCommand, type Clock, type Logger } from '@salesgraph/service-kit';
import { leadServiceName } from '../../config';
import type { FollowUpWatch } from './follow-up-watch';

/** Looks for follow-ups that have passed every interval (FollowUpOverdue, once per follow-up). */
export class FollowUpWatchJob extends PeriodicJob {
  readonly name = 'follow-up-watch';

  constructor(
    private readonly watch: FollowUpWatch,
    intervalMs: number,
    private readonly clock: Clock,
    logger: Logger,
  ) {
    super(intervalMs, logger);
  }

  protected async tick(): Promise<void> {
    const raised = await this.watch.run(
      serviceCommand(leadServiceName, this.clock, `follow-up-watch-${randomUUID()}`),
    );
    if (raised.length) this.logger.info({ overdue: raised.length }, 'follow-ups overdue');
  }
}
