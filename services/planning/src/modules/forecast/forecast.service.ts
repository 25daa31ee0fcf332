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
import { openPipeline, type PipelineRow } from './pipeline-figures';
import { pipelineConversions } from './pipeline-conversions';
import { SalesForecast } from './sales-forecast.type';
import type { SlippedDealPlacement } from './slipped-deal-placement';
import { SlippedDeal } from './slipped-deal.type';
import { slipOf, slippedCountIn, todayOf } from './slipped-deals.rule';

export interface ForecastOptions {
  slippedIn: SlippedDealPlacement;
}

/**
 * Forecast = booked + Σ amount × probability of the seller's open
 * opportunities that close in the period, in the figures' currency (the
 * viewer's, else the target's): every opportunity is converted, at the rate
 * of pipeline-rate-date.rule, and one without a rate is listed, not summed. Deals
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
    const { booked, conversions } = await this.figures.totals(
      manager,
      { creditedTo: userId },
      currency,
      period,
    );
    const rows = await openPipeline(manager, userId, currency, period, today);
    const slipped = rows.filter((row) => !row.inPeriod);
    const slippedDeals = slipped.map((row) => {
      const reason = slipOf(row.expectedCloseDate, today)!;
      return Object.assign(new SlippedDeal(), {
        opportunityId: row.opportunityId,
        expectedCloseDate: row.expectedCloseDate,
        reason,
        daysOverdue: row.expectedCloseDate ? daysBetween(row.expectedCloseDate, today) : null,
        stage: row.stage,
        amount: row.amount,
        currency: row.currency,
        convertedAmount: row.converted,
        rate: row.rate,
        rateEffectiveFrom: row.rateEffectiveFrom,
        inverse: row.inverse,
        probability: row.probability,
      });
    });
    // An opportunity without a rate is in no sum: it is listed in pipelineConversions (rate null).
    const amounts = (of: PipelineRow[]) => sumOf(of.flatMap((r) => r.converted ?? []));
    const weightedOf = (of: PipelineRow[]) =>
      sumOf(
        of.flatMap((r) =>
          r.converted === null ? [] : new Exact(r.converted).times(r.probability).dividedBy(100),
        ),
      );
    const convertible = (of: PipelineRow[]) => of.filter((r) => r.converted !== null);
    const inPeriod = rows.filter((row) => row.inPeriod);
    const slippedPipeline = amounts(slipped);
    const slippedWeighted = weightedOf(slipped);
    const slippedCounted = slippedCountIn(period, now, options.slippedIn);
    const weighted = weightedOf(inPeriod).plus(slippedCounted ? slippedWeighted : 0);
    const open = amounts(inPeriod).plus(slippedCounted ? slippedPipeline : 0);
    const counted = slippedCounted ? rows : inPeriod;
    const forecast = new Exact(booked).plus(weighted);
    return Object.assign(new SalesForecast(), {
      ...sellerFields(seller),
      booked: formatMoney(booked),
      weightedPipeline: formatMoney(weighted),
      openPipeline: formatMoney(open),
      openOpportunities: convertible(counted).length,
      forecast: formatMoney(forecast),
      ...targetAndGap(seller.target, forecast),
      slippedIn: options.slippedIn,
      slippedCounted,
      slippedOpportunities: slipped.length,
      slippedPipeline: formatMoney(slippedPipeline),
      slippedWeightedPipeline: formatMoney(slippedWeighted),
      slippedDeals,
      conversions,
      pipelineConversions: pipelineConversions(counted, currency),
    });
  }
}
