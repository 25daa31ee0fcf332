import { PeriodicJob, serviceCommand, type Clock, type RuntimeDeps } from '@salesgraph/service-kit';
import { serviceName } from '../../service-name';
import type { HealthService } from './health.service';

/**
 * Health ages without events: days since the last order grow and contacts go
 * cold. This job assesses every account that is not LOST again and so emits
 * the AtRisk/Recovered transitions that time alone causes. Running it on
 * several instances at once is safe (the account row is locked while
 * assessed), merely wasteful.
 */
export class HealthRecheckJob extends PeriodicJob {
  readonly name = 'health-recheck';

  constructor(
    private readonly health: HealthService,
    private readonly clock: Clock,
    intervalMs: number,
    logger: RuntimeDeps['logger'],
  ) {
    super(intervalMs, logger);
  }

  protected async tick(signal: AbortSignal): Promise<void> {
    const transitions = await this.runOnce(signal);
    this.logger.info({ transitions }, 'health recheck: all accounts assessed');
  }

  /** One pass over all accounts, as of the job's clock; returns how many changed status. */
  runOnce(signal?: AbortSignal): Promise<number> {
    const now = this.clock.now();
    const command = serviceCommand(serviceName, this.clock, `health-recheck-${now.toISOString()}`);
    return this.health.recheckAll(command, signal);
  }
}
