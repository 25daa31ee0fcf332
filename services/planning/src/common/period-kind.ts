import { registerEnumType } from 'type-graphql';

export enum PeriodKind {
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
  YEAR = 'YEAR',
}

registerEnumType(PeriodKind, {
  name: 'PlanPeriodKind',
  description: 'A planning period: a calendar month, quarter or year (UTC).',
});

/** How every `periodStart` argument is documented in the schema. */
export const periodStartDoc =
  'First day of the period (YYYY-MM-DD); the current period when left out.';
