import { Exact, formatMoney } from '@salesgraph/service-kit';
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

/**
 * Forecast = booked + Σ amount × probability of the seller's open
 * opportunities whose expected close date falls in the period, in the
 * target's currency. Opportunities without a close date are in no period.
 */
export class ForecastService extends SellerFigures<SalesForecast> {
  constructor(
    dataSource: DataSource,
    private readonly figures: AttainmentFigures,
    targets: RevenueTargetQueries,
    sellers: SellerScope,
    currency: string,
  ) {
    super(dataSource, sellers, targets, currency);
  }

  protected async compute(seller: SellerPeriod): Promise<SalesForecast> {
    const { manager, userId, period, currency } = seller;
    const { booked } = await this.figures.totals(manager, { creditedTo: userId }, currency, period);
    const [pipeline] = await manager.query(
      `SELECT COALESCE(SUM(amount * probability) / 100, 0)::text AS weighted,
              COALESCE(SUM(amount), 0)::text AS open,
              COUNT(*)::int AS count
       FROM pipeline_opportunity
       WHERE owner_id = $1 AND currency = $2 AND stage NOT IN ('WON', 'LOST')
         AND expected_close_date BETWEEN $3 AND $4`,
      [userId, currency, period.start, period.end],
    );
    const forecast = new Exact(booked).plus(pipeline.weighted);
    return Object.assign(new SalesForecast(), {
      ...sellerFields(seller),
      booked: formatMoney(booked),
      weightedPipeline: formatMoney(pipeline.weighted),
      openPipeline: formatMoney(pipeline.open),
      openOpportunities: pipeline.count,
      forecast: formatMoney(forecast),
      ...targetAndGap(seller.target, forecast),
    });
  }
}
