import type { DataSource, EntityManager } from 'typeorm';
import type { AttainmentFigures, KeyedFigures } from '../attainment/attainment-figures';
import type { AccountPlan } from './account-plan.entity';
import { PlanProductPerformance } from './plan-product-performance.type';
import {
  elapsedShare,
  Exact,
  expectedByNow,
  formatMoney,
  isBehindPace,
  percentage,
  readerOf,
  yearPeriod,
  type CommandContext,
} from '@salesgraph/service-kit';

/**
 * Plan against actual per product: the plan's targets beside what the
 * account booked in the plan year (orders of the account in the plan
 * currency, whoever was credited), and the pace by the command's clock.
 */
export class PlanPerformanceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly figures: AttainmentFigures,
    private readonly thresholdPercent: number,
  ) {}

  async forPlan(
    command: CommandContext,
    plan: AccountPlan,
    manager: EntityManager = readerOf(this.dataSource, command),
  ): Promise<PlanProductPerformance[]> {
    const sold = await this.figures.breakdown(
      manager,
      { accountId: plan.accountId },
      plan.currency,
      yearPeriod(plan.year),
      'product',
    );
    const soldByProduct = new Map(sold.map((row) => [row.key, row]));
    const share = elapsedShare(yearPeriod(plan.year), command.clock.now());
    const rows = plan.productTargets.map((target) =>
      this.row(target.productId, soldByProduct.get(target.productId), target, share),
    );
    const planned = new Set(plan.productTargets.map((t) => t.productId));
    for (const row of sold)
      if (!planned.has(row.key)) rows.push(this.row(row.key, row, undefined, share));
    return rows.sort((a, b) => a.productId.localeCompare(b.productId));
  }

  private row(
    productId: string,
    sold: KeyedFigures | undefined,
    target: { revenue: string; margin: string } | undefined,
    share: Exact,
  ): PlanProductPerformance {
    const actual = sold?.booked ?? '0';
    const margin = sold?.bookedMargin ?? '0';
    const expected = target ? expectedByNow(target.revenue, share) : undefined;
    return Object.assign(new PlanProductPerformance(), {
      productId,
      product: { id: productId },
      revenueTarget: target ? formatMoney(target.revenue) : null,
      marginTarget: target ? formatMoney(target.margin) : null,
      actualRevenue: formatMoney(actual),
      actualMargin: formatMoney(margin),
      invoicedRevenue: formatMoney(sold?.invoiced ?? '0'),
      revenueGap: target ? formatMoney(new Exact(target.revenue).minus(actual)) : null,
      marginGap: target ? formatMoney(new Exact(target.margin).minus(margin)) : null,
      expectedByNow: expected ? formatMoney(expected) : null,
      attainmentPercent: target ? percentage(actual, target.revenue) : null,
      behindPace: expected ? isBehindPace(actual, expected, this.thresholdPercent) : false,
    });
  }
}
