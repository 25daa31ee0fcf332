import { daysBetween, Exact, formatMoney, sumOf } from '@salesgraph/service-kit';
import type { DataSource } from 'typeorm';
import type { AttainmentFigures } from '../attainment/attainment-figures';
import {
  SellerFigures,
  sellerFields,
  targetAndGap,
  type SellerPeriod,
} from '../attainment/seller-figures';
import type { SellerScope } from '../attainment/seller-scope';
import type { RevenueTargetQueries } from '../target/revenue-target.queries';
import { SalesForecast } from './sales-forecast.type';
import type { SlippedDealPlacement } from './slipped-deal-placement';
import { SlippedDeal } from './slipped-deal.type';
import { slipOf, slippedCountIn, todayOf } from './slipped-deals.rule';

export interface ForecastOptions {
  slippedIn: SlippedDealPlacement;
}

/**
 * Forecast = booked + Σ amount × probability of the seller's open
 * opportunities that close in the period, in the target's currency. Deals
 * that have slipped (close date passed, or none) are listed in every
 * forecast and counted in the one period the manager chooses
 * (slipped-deals.rule): never silently dropped.
 */
export class ForecastService extends SellerFigures<SalesForecast, ForecastOptions> {
  constructor(
    dataSource: DataSource,
    private readonly figures: AttainmentFigures,
    targets: RevenueTargetQueries,
    sellers: SellerScope,
    currency: string,
  ) {
    super(dataSource, sellers, targets, currency);
  }

  protected async compute(
    seller: SellerPeriod,
    options: ForecastOptions = { slippedIn: 'CURRENT_PERIOD' },
  ): Promise<SalesForecast> {
    const { manager, userId, period, currency, now } = seller;
    const today = todayOf(now);
    const { booked } = await this.figures.totals(manager, { creditedTo: userId }, currency, period);
    const [pipeline] = await manager.query(
      `SELECT COALESCE(SUM(amount * probability) / 100, 0)::text AS weighted,
              COALESCE(SUM(amount), 0)::text AS open,
              COUNT(*)::int AS count
       FROM pipeline_opportunity
       WHERE owner_id = $1 AND currency = $2 AND stage NOT IN ('WON', 'LOST')
         AND expected_close_date BETWEEN $3 AND $4 AND expected_close_date >= $5`,
      [userId, currency, period.start, period.end, today],
    );
    const rows: Array<{
      opportunity_id: string;
      expected_close_date: string | null;
      stage: string;
      amount: string;
      probability: number;
    }> = await manager.query(
      `SELECT opportunity_id, expected_close_date::text AS expected_close_date, stage,
              amount::text AS amount, probability
       FROM pipeline_opportunity
       WHERE owner_id = $1 AND currency = $2 AND stage NOT IN ('WON', 'LOST')
         AND (expected_close_date IS NULL OR expected_close_date < $3)
       ORDER BY expected_close_date ASC NULLS LAST, opportunity_id`,
      [userId, currency, today],
    );
    const slippedDeals = rows.map((row) => {
      const reason = slipOf(row.expected_close_date, today)!;
      return Object.assign(new SlippedDeal(), {
        opportunityId: row.opportunity_id,
        expectedCloseDate: row.expected_close_date,
        reason,
        daysOverdue: row.expected_close_date ? daysBetween(row.expected_close_date, today) : null,
        stage: row.stage,
        amount: formatMoney(row.amount),
        probability: row.probability,
      });
    });
    const slippedPipeline = sumOf(rows.map((r) => r.amount));
    const slippedWeighted = sumOf(
      rows.map((r) => new Exact(r.amount).times(r.probability).dividedBy(100)),
    );
    const slippedCounted = slippedCountIn(period, now, options.slippedIn);
    const weighted = new Exact(pipeline.weighted).plus(slippedCounted ? slippedWeighted : 0);
    const open = new Exact(pipeline.open).plus(slippedCounted ? slippedPipeline : 0);
    const forecast = new Exact(booked).plus(weighted);
    return Object.assign(new SalesForecast(), {
      ...sellerFields(seller),
      booked: formatMoney(booked),
      weightedPipeline: formatMoney(weighted),
      openPipeline: formatMoney(open),
      openOpportunities: pipeline.count + (slippedCounted ? rows.length : 0),
      forecast: formatMoney(forecast),
      ...targetAndGap(seller.target, forecast),
      slippedIn: options.slippedIn,
      slippedCounted,
      slippedOpportunities: rows.length,
      slippedPipeline: formatMoney(slippedPipeline),
      slippedWeightedPipeline: formatMoney(slippedWeighted),
      slippedDeals,
    });
  }
}
