import { randomUUID } from 'node:crypto';
import { PlanShortfallDetected } from '@salesgraph/events';
import type { Outbox } from '@salesgraph/messaging';
import {
  addDays,
  eventContextOf,
  Exact,
  formatMoney,
  inTransaction,
  isoDateOf,
  periodContaining,
  plusDays,
  readerOf,
  shortfallPercent,
  yearPeriod,
  type CommandContext,
} from '@salesgraph/service-kit';
import type { DataSource, EntityManager } from 'typeorm';
import { isHeldToPace } from '../plan/account-plan-lifecycle';
import { AccountPlanStatus } from '../plan/account-plan-status';
import { AccountPlan } from '../plan/account-plan.entity';
import { lockPlan } from '../plan/account-plan.lock';
import type { PlanPerformanceService } from '../plan/plan-performance.service';
import type { PlanProductPerformance } from '../plan/plan-product-performance.type';
import { RelationshipActionOrigin } from '../plan/relationship-action-status';
import type { RelationshipActionService } from '../plan/relationship-action.service';
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
    private readonly settings: ShortfallSettings,
  ) {}

  /** Returns the number of shortfalls detected now. */
  async check(command: CommandContext): Promise<number> {
    const now = command.clock.now();
    const year = yearPeriod(now.getUTCFullYear());
    if (now < plusDays(year.startsAt, this.settings.graceDays)) return 0;
    if (await this.rebuildRunning()) return 0;
    const plans = await readerOf(this.dataSource, command).find(AccountPlan, {
      where: { year: now.getUTCFullYear(), status: AccountPlanStatus.APPROVED },
      relations: { productTargets: true },
      order: { id: 'ASC' },
    });
    let detected = 0;
    for (const plan of plans) {
      const behind = (await this.performance.forPlan(command, plan)).filter((p) => p.behindPace);
      for (const product of behind)
        if (await this.alert(command, plan.id, product, now)) detected += 1;
    }
    return detected;
  }

  private alert(
    command: CommandContext,
    planId: string,
    product: PlanProductPerformance,
    now: Date,
  ): Promise<boolean> {
    return inTransaction(this.dataSource, command, async (manager) => {
      const plan = await lockPlan(manager, planId);
      // Revised or returned since the check read it: no longer held to pace.
      if (!isHeldToPace(plan.status)) return false;
      const actionId = randomUUID();
      const windowStart = periodContaining(PeriodKind.MONTH, now).start;
      const inserted: unknown[] = await manager.query(
        `INSERT INTO plan_shortfall_alert (plan_id, product_id, window_start, action_id, detected_at)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING action_id`,
        [plan.id, product.productId, windowStart, actionId, now],
      );
      if (inserted.length === 0) return false;
      await this.createAction(manager, command, plan, product, now, actionId);
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
        eventContextOf(command),
      );
      return true;
    });
  }

  private async createAction(
    manager: EntityManager,
    command: CommandContext,
    plan: AccountPlan,
    product: PlanProductPerformance,
    now: Date,
    actionId: string,
  ): Promise<void> {
    const today = isoDateOf(now);
    await this.actions.insert(
      manager,
      plan,
      {
        description:
          `Product ${product.productId} is behind plan: ${formatMoney(product.actualRevenue)} ${plan.currency} booked ` +
          `by ${today} against ${product.expectedByNow} expected (target ${product.revenueTarget} for ${plan.year}). ` +
          'Agree a recovery with the customer.',
        ownerId: plan.accountManagerId,
        dueDate: addDays(today, this.settings.actionDueDays),
        origin: RelationshipActionOrigin.SHORTFALL,
        productId: product.productId,
        createdBy: command.actor.id ?? command.actor.type,
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
