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
