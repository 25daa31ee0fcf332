import type { BackgroundJob } from '@salesgraph/service-kit';
import type { Logger } from 'pino';
import type { Clock } from '../../shared/clock';
import type { ContractWatch } from './contract-watch';

/**
 * Runs the contract watch every interval, the first time one interval after
 * start (not at once: a seed that is still writing a contract's call-offs
 * would look behind pace). Runs never overlap (the next one is scheduled
 * when the last one ends), and stopping waits for a run in progress. Several
 * instances may run it at once: the warnings table and the version check
 * make every effect happen once.
 */
export class ContractWatchJob implements BackgroundJob {
  readonly name = 'contract-watch';
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = true;

  constructor(
    private readonly watch: ContractWatch,
    private readonly intervalMs: number,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  start(): void {
    this.stopped = false;
    this.schedule(this.intervalMs);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.runOnce().finally(() => this.schedule(this.intervalMs));
    }, delayMs);
    this.timer.unref();
  }

  private async runOnce(): Promise<void> {
    try {
      const report = await this.watch.run(this.clock());
      if (report.expired.length || report.expiring.length || report.underrun.length)
        this.logger.info(
          {
            expired: report.expired.length,
            expiring: report.expiring.length,
            underrun: report.underrun.length,
          },
          'contract watch raised events',
        );
    } catch (error) {
      this.logger.error({ err: error }, 'contract watch failed; it runs again next interval');
    }
  }
}
