import type { Logger } from 'pino';

/**
 * Stops a process in order on SIGTERM or SIGINT: each step registered at
 * start-up is undone in reverse. A second signal, or steps that hang past the
 * deadline, end the process at once rather than leaving it half-stopped.
 */
export function handleShutdownSignals(
  stop: () => Promise<void>,
  logger: Logger,
  deadlineMs = 20_000,
): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn({ signal }, 'second signal: exiting now');
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const deadline = setTimeout(() => {
      logger.error({ deadlineMs }, 'shutdown did not finish in time: exiting');
      process.exit(1);
    }, deadlineMs);
    deadline.unref();
    stop().then(
      () => {
        logger.info('stopped');
        process.exit(0);
      },
      (error) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
}

/** Collects stop steps as things start, and runs them in reverse. */
export class StopSteps {
  private readonly steps: Array<{ name: string; stop: () => Promise<unknown> }> = [];

  constructor(private readonly logger: Logger) {}

  add(name: string, stop: () => Promise<unknown>): void {
    this.steps.push({ name, stop });
  }

  async run(): Promise<void> {
    while (this.steps.length) {
      const step = this.steps.pop()!;
      try {
        await step.stop();
        this.logger.debug({ step: step.name }, 'stopped');
      } catch (error) {
        this.logger.error({ err: error, step: step.name }, 'stop step failed');
      }
    }
  }
}
