import { graphqlEnum, type PeriodKindName } from '@salesgraph/service-kit';

/**
 * The kinds of planning period, as the GraphQL enum PlanPeriodKind. The
 * values are service-kit's period kinds, so a target's period and the kit's
 * periods are one type.
 */
export const PeriodKind = graphqlEnum('PlanPeriodKind', ['MONTH', 'QUARTER', 'YEAR'] as const, {
  description: 'A planning period: a calendar month, quarter or year (UTC).',
}) satisfies Record<PeriodKindName, PeriodKindName>;
export type PeriodKind = PeriodKindName;

/** How every `periodStart` argument is documented in the schema. */
export const periodStartDoc =
  'First day of the period (YYYY-MM-DD); the current period when left out.';
