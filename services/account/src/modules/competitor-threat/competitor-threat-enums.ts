import { graphqlEnum, type EnumValue } from '@salesgraph/service-kit';

export const CompetitorThreatLevel = graphqlEnum('CompetitorThreatLevel', [
  'LOW',
  'MEDIUM',
  'HIGH',
]);
export type CompetitorThreatLevel = EnumValue<typeof CompetitorThreatLevel>;

/** Only OPEN threats weigh on the account's health. */
export const CompetitorThreatStatus = graphqlEnum(
  'CompetitorThreatStatus',
  ['OPEN', 'MITIGATED', 'LOST_TO_COMPETITOR', 'CLOSED'],
  { description: 'Only OPEN threats weigh on the health score.' },
);
export type CompetitorThreatStatus = EnumValue<typeof CompetitorThreatStatus>;
