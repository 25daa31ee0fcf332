import { PeriodicJob, type RuntimeDeps } from '@salesgraph/service-kit';
import { Not, type DataSource } from 'typeorm';
import { AccountStatus } from '../account/account-enums';
import { Account } from '../account/account.entity';
import type { HealthService } from './health.service';

/**
 * Health ages without events: days since the last order grow and contacts go
 * cold. This job assesses every account that is not LOST again, one
 * transaction per account, and so emits the AtRisk/Recovered transitions that
 * time alone causes. Running it on several instances at once is safe (the
 * account row is locked while assessed), merely wasteful.
 */
export class HealthRecheckJob extends PeriodicJob {
  readonly name = 'health-recheck';

  constructor(
    private readonly dataSource: DataSource,
    private readonly health: HealthService,
    intervalMs: number,
    logger: RuntimeDeps['logger'],
  ) {
    super(intervalMs, logger);
  }

  protected async tick(signal: AbortSignal): Promise<void> {
    const transitions = await this.runOnce(new Date(), signal);
    this.logger.info({ transitions }, 'health recheck: all accounts assessed');
  }

  /** One pass over all accounts; returns how many changed status. */
  async runOnce(now = new Date(), signal?: AbortSignal): Promise<number> {
    const accounts = await this.dataSource.manager.find(Account, {
      where: { status: Not(AccountStatus.LOST) },
      select: { id: true },
      order: { id: 'ASC' },
    });
    const context = {
      correlationId: `health-recheck-${now.toISOString()}`,
      actor: { type: 'service' as const, id: 'account' },
    };
    let transitions = 0;
    for (const { id } of accounts) {
      if (signal?.aborted) break;
      const changed = await this.dataSource.transaction((manager) =>
        this.health.recompute(manager, id, context, now),
      );
      if (changed) transitions += 1;
    }
    return transitions;
  }
}
