/**
 * pipeline-rate-v1. The rate an open opportunity's amount is converted at:
 * the rate in force on its expected close date when that day has come (a
 * slipped deal: its close date, in the past), and today's rate when the close
 * date lies in the future or is not known. A rate set ahead for a future day
 * is a guess an admin typed in early, not a rate in force: the forecast uses
 * what the table says today, and the figure moves as rates are kept, the same
 * way as a booked order's figure does until its booking date passes.
 */
export const PIPELINE_RATE_RULE_VERSION = 'pipeline-rate-v1';

/** The day (YYYY-MM-DD) whose rate converts an opportunity closing on `expectedCloseDate`. */
export function pipelineRateDate(expectedCloseDate: string | null, today: string): string {
  return expectedCloseDate !== null && expectedCloseDate < today ? expectedCloseDate : today;
}

/** The same rule in SQL, over a row with `expected_close_date` and the parameter holding today. */
export function pipelineRateDateSql(todayParam: string): string {
  return `LEAST(COALESCE(p.expected_close_date, ${todayParam}::date), ${todayParam}::date)`;
}
