import type { BackgroundJob, RuntimeDeps } from '@salesgraph/service-kit';
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
export class HealthRecheckJob implements BackgroundJob {
  readonly name = 'health-recheck';
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly health: HealthService,
    private readonly intervalMs: number,
    private readonly logger: RuntimeDeps['logger'],
  ) {}

  /** The first pass comes one interval after start: until then every change assesses anyway. */
  start(): void {
    this.schedule(this.intervalMs);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** One pass over all accounts; returns how many changed status. */
  async runOnce(now = new Date()): Promise<number> {
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
      if (this.stopped) break;
      const changed = await this.dataSource.transaction((manager) =>
        this.health.recompute(manager, id, context, now),
      );
      if (changed) transitions += 1;
    }
    return transitions;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.runOnce()
        .then((transitions) =>
          this.logger.info({ transitions }, 'health recheck: all accounts assessed'),
        )
        .catch((error: unknown) => this.logger.error({ err: error }, 'health recheck failed'))
        .finally(() => this.schedule(this.intervalMs));
    }, delayMs);
    this.timer.unref();
  }
}
