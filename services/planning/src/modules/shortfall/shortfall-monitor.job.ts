import type { BackgroundJob } from '@salesgraph/service-kit';
import type { Logger } from 'pino';
import type { ShortfallService } from './shortfall.service';

/** Runs the shortfall check every interval; one run at a time, stopped cleanly. */
export class ShortfallMonitorJob implements BackgroundJob {
  readonly name = 'shortfall-monitor';
  private timer?: NodeJS.Timeout;
  private current?: Promise<void>;
  private stopped = false;

  constructor(
    private readonly shortfalls: ShortfallService,
    private readonly intervalMs: number,
    private readonly logger: Logger,
  ) {}

  start(): void {
    this.stopped = false;
    this.schedule();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.current;
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.current = this.run().finally(() => this.schedule());
    }, this.intervalMs);
  }

  private async run(): Promise<void> {
    try {
      const detected = await this.shortfalls.check();
      if (detected) this.logger.info({ detected }, 'plan shortfalls detected');
    } catch (error) {
      this.logger.error({ err: error }, 'shortfall check failed; retrying next interval');
    }
  }
}
