import { formatDecimal, formatMoney } from '@salesgraph/service-kit';
import type { EntityManager } from 'typeorm';
import { converted, rateColumns, ratedRowsSql } from '../currency/rated-rows.sql';
import { pipelineRateDateSql } from './pipeline-rate-date.rule';

/** One open opportunity of a seller, with its amount in the figures' currency. */
export interface PipelineRow {
  opportunityId: string;
  expectedCloseDate: string | null;
  stage: string;
  currency: string;
  /** In the opportunity's currency. */
  amount: string;
  probability: number;
  /** In the figures' currency, rounded to cents; null without a rate. */
  converted: string | null;
  rate: string | null;
  rateEffectiveFrom: string | null;
  inverse: boolean;
  rateDate: string;
  /** Closes in the period and has not slipped; otherwise it has slipped. */
  inPeriod: boolean;
}

/**
 * The open opportunities a forecast reads (those closing in the period and
 * those that have slipped), each converted into the figures' currency by the
 * shared rate SQL (currency/rated-rows.sql.ts) at the rate of
 * pipeline-rate-date.rule: none is left out for its currency.
 */
export async function openPipeline(
  manager: EntityManager,
  ownerId: string,
  currency: string,
  period: { start: string; end: string },
  today: string,
): Promise<PipelineRow[]> {
  const rows: Array<PipelineRow & { rate: string | null }> = await manager.query(
    `WITH open AS (
       SELECT p.*, ${pipelineRateDateSql('$5')} AS rate_date,
              (p.expected_close_date BETWEEN $3 AND $4 AND p.expected_close_date >= $5) AS in_period
       FROM pipeline_opportunity p
       WHERE p.owner_id = $1 AND p.stage NOT IN ('WON', 'LOST')
         AND ((p.expected_close_date BETWEEN $3 AND $4 AND p.expected_close_date >= $5)
              OR p.expected_close_date IS NULL OR p.expected_close_date < $5)
     ),
     ${ratedRowsSql('rated', 'open')}
     SELECT o.opportunity_id AS "opportunityId",
            o.expected_close_date::text AS "expectedCloseDate", o.stage, o.currency::text AS currency,
            o.amount::text AS amount, o.probability, ${converted('o.amount')}::text AS converted,
            ${rateColumns()}, o.rate_date::text AS "rateDate", o.in_period AS "inPeriod"
     FROM rated o
     ORDER BY o.expected_close_date ASC NULLS LAST, o.opportunity_id`,
    [ownerId, currency, period.start, period.end, today],
  );
  return rows.map((row) => ({
    ...row,
    amount: formatMoney(row.amount),
    converted: row.converted === null ? null : formatMoney(row.converted),
    rate: row.rate === null ? null : formatDecimal(row.rate, 4),
  }));
}
