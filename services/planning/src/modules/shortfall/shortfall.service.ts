import { randomUUID } from 'node:crypto';
import { PlanShortfallDetected, type EventContext } from '@salesgraph/events';
import type { Outbox } from '@salesgraph/messaging';
import type { DataSource, EntityManager } from 'typeorm';
import { AccountPlanStatus } from '../plan/account-plan-status';
import { AccountPlan } from '../plan/account-plan.entity';
import { lockPlan } from '../plan/account-plan.lock';
import type { PlanPerformanceService } from '../plan/plan-performance.service';
import type { PlanProductPerformance } from '../plan/plan-product-performance.type';
import { RelationshipActionOrigin } from '../plan/relationship-action-status';
import type { RelationshipActionService } from '../plan/relationship-action.service';
import {
  type Clock,
  formatMoney,
  Exact,
  isoDateOf,
  periodContaining,
  shortfallPercent,
  yearPeriod,
} from '@salesgraph/service-kit';
import { PeriodKind } from '../target/period-kind';

export interface ShortfallSettings {
  graceDays: number;
  actionDueDays: number;
}

/**
 * Checks approved plans of the current year against pace. A product behind
 * by more than the threshold gets one relationship action for the account
 * manager and one PlanShortfallDetected per detection window (the calendar
 * month): the alert row's key stops a second one, even from two instances.
 */
export class ShortfallService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly performance: PlanPerformanceService,
    private readonly actions: RelationshipActionService,
    private readonly clock: Clock,
    private readonly settings: ShortfallSettings,
  ) {}

  /** Returns the number of shortfalls detected now. */
  async check(): Promise<number> {
    const now = this.clock.now();
    const year = yearPeriod(now.getUTCFullYear());
    if (now.getTime() - year.startsAt.getTime() < this.settings.graceDays * 86_400_000) return 0;
    if (await this.rebuildRunning()) return 0;
    const context: EventContext = {
      correlationId: `shortfall-check-${randomUUID()}`,
      actor: { type: 'service', id: 'planning' },
    };
    const plans = await this.dataSource.manager.find(AccountPlan, {
      where: { year: now.getUTCFullYear(), status: AccountPlanStatus.APPROVED },
      relations: { productTargets: true },
      order: { id: 'ASC' },
    });
    let detected = 0;
    for (const plan of plans) {
      const behind = (await this.performance.forPlan(plan)).filter((p) => p.behindPace);
      for (const product of behind)
        if (await this.alert(plan.id, product, now, context)) detected += 1;
    }
    return detected;
  }

  private alert(
    planId: string,
    product: PlanProductPerformance,
    now: Date,
    context: EventContext,
  ): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const plan = await lockPlan(manager, planId);
      if (plan.status !== AccountPlanStatus.APPROVED) return false;
      const actionId = randomUUID();
      const windowStart = periodContaining(PeriodKind.MONTH, now).start;
      const inserted: unknown[] = await manager.query(
        `INSERT INTO plan_shortfall_alert (plan_id, product_id, window_start, action_id, detected_at)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING action_id`,
        [plan.id, product.productId, windowStart, actionId, now],
      );
      if (inserted.length === 0) return false;
      await this.createAction(manager, plan, product, now, actionId);
      const expected = new Exact(product.expectedByNow!);
      await this.outbox.append(
        manager,
        PlanShortfallDetected,
        {
          planId: plan.id,
          accountId: plan.accountId,
          productId: product.productId,
          accountManagerId: plan.accountManagerId,
          target: product.revenueTarget!,
          actual: product.actualRevenue,
          expectedByNow: product.expectedByNow!,
          shortfallPercent: shortfallPercent(product.actualRevenue, expected),
          actionId,
          detectedAt: now.toISOString(),
        },
        context,
      );
      return true;
    });
  }

  private async createAction(
    manager: EntityManager,
    plan: AccountPlan,
    product: PlanProductPerformance,
    now: Date,
    actionId: string,
  ): Promise<void> {
    const due = new Date(now.getTime() + this.settings.actionDueDays * 86_400_000);
    await this.actions.insert(
      manager,
      plan,
      {
        description:
          `Product ${product.productId} is behind plan: ${formatMoney(product.actualRevenue)} ${plan.currency} booked ` +
          `by ${isoDateOf(now)} against ${product.expectedByNow} expected (target ${product.revenueTarget} for ${plan.year}). ` +
          'Agree a recovery with the customer.',
        ownerId: plan.accountManagerId,
        dueDate: isoDateOf(due),
        origin: RelationshipActionOrigin.SHORTFALL,
        productId: product.productId,
        createdBy: 'planning',
      },
      actionId,
    );
  }

  private async rebuildRunning(): Promise<boolean> {
    // A run that never finished (a crashed replay) stops blocking after an hour.
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM projection_rebuild WHERE status = 'RUNNING' AND started_at > now() - interval '1 hour' LIMIT 1`,
    );
    return rows.length > 0;
  }
}
