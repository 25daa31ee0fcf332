import { type Clock, PeriodicJob, serviceCommand } from '@salesgraph/service-kit';
import type { Logger } from 'pino';
import type { EmailDispatchService } from './email-dispatch.service';

/** Sends pending e-mails every interval, round after round while there are more. */
export class EmailDispatchJob extends PeriodicJob {
  readonly name = 'email-dispatch';

  constructor(
    private readonly dispatch: EmailDispatchService,
    private readonly clock: Clock,
    intervalMs: number,
    logger: Logger,
  ) {
    super(intervalMs, logger);
  }

  protected async tick(signal: AbortSignal): Promise<void> {
    while (!signal.aborted) {
      const sent = await this.dispatch.sendDue(serviceCommand('notification', this.clock));
      if (sent === 0) return;
    }
  }
}
