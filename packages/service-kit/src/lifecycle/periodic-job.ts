import type { Logger } from 'pino';
import type { BackgroundJob } from '../app/service-spec';

/**
 * A background job that runs `tick` every interval. The first run comes one
 * interval after start (at start-up, seeds and consumers are still catching
 * up, and every change triggers its own work anyway). Runs never overlap: the
 * next is scheduled when the last one ends. A failing run is logged and the
 * job goes on at the next interval. Stopping aborts the signal handed to
 * `tick` and waits for a run in progress.
 */
export abstract class PeriodicJob implements BackgroundJob {
  abstract readonly name: string;
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private controller?: AbortController;

  constructor(
    protected readonly intervalMs: number,
    protected readonly logger: Logger,
  ) {}

  /** One run; long runs check `signal.aborted` to end early when the service stops. */
  protected abstract tick(signal: AbortSignal): Promise<void>;

  start(): void {
    this.controller = new AbortController();
    this.schedule(this.controller.signal);
  }

  async stop(): Promise<void> {
    this.controller?.abort();
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  private schedule(signal: AbortSignal): void {
    if (signal.aborted) return;
    this.timer = setTimeout(() => {
      this.running = this.tick(signal)
        .catch((error: unknown) =>
          this.logger.error(
            { err: error, job: this.name },
            `${this.name} failed; it runs again next interval`,
          ),
        )
        .finally(() => this.schedule(signal));
    }, this.intervalMs);
    this.timer.unref();
  }
}
