import {
  Exact,
  formatMoney,
  readerOf,
  type CommandContext,
  type Period,
} from '@salesgraph/service-kit';
import type { DataSource, EntityManager } from 'typeorm';
import type { AttainmentFigures } from '../attainment/attainment-figures';
import {
  periodFields,
  type SellerFiguresRequest,
  type SellerScope,
  type TeamFiguresRequest,
} from '../attainment/seller-scope';
import type { RevenueTargetQueries } from '../target/revenue-target.queries';
import { SalesForecast } from './sales-forecast.type';

/**
 * Forecast = booked + Σ amount × probability of the seller's open
 * opportunities whose expected close date falls in the period, in the
 * target's currency. Opportunities without a close date are in no period.
 */
export class ForecastService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly figures: AttainmentFigures,
    private readonly targets: RevenueTargetQueries,
    private readonly sellers: SellerScope,
    private readonly currency: string,
  ) {}

  forUser(command: CommandContext, request: SellerFiguresRequest): Promise<SalesForecast> {
    return this.sellers.ofSeller(command, request, (userId, period) =>
      this.compute(readerOf(this.dataSource, command), userId, period),
    );
  }

  forTeam(command: CommandContext, request: TeamFiguresRequest): Promise<SalesForecast[]> {
    return this.sellers.ofTeam(command, request, (userId, period) =>
      this.compute(readerOf(this.dataSource, command), userId, period),
    );
  }

  private async compute(
    manager: EntityManager,
    userId: string,
    period: Period,
  ): Promise<SalesForecast> {
    const target = await this.targets.exact(manager, userId, period.kind, period.start);
    const currency = target?.currency ?? this.currency;
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
      userId,
      currency,
      ...periodFields(period),
      booked: formatMoney(booked),
      weightedPipeline: formatMoney(pipeline.weighted),
      openPipeline: formatMoney(pipeline.open),
      openOpportunities: pipeline.count,
      forecast: formatMoney(forecast),
      target: target ? formatMoney(target.amount) : null,
      gap: target ? formatMoney(new Exact(target.amount).minus(forecast)) : null,
    });
  }
}
