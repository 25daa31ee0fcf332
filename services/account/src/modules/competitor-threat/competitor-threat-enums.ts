import { registerEnumType } from 'type-graphql';

export enum CompetitorThreatLevel {
  LOW = 'LOW',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
}

/** Only OPEN threats weigh on the account's health. */
export enum CompetitorThreatStatus {
  OPEN = 'OPEN',
  MITIGATED = 'MITIGATED',
  LOST_TO_COMPETITOR = 'LOST_TO_COMPETITOR',
  CLOSED = 'CLOSED',
}

registerEnumType(CompetitorThreatLevel, { name: 'CompetitorThreatLevel' });
registerEnumType(CompetitorThreatStatus, {
  name: 'CompetitorThreatStatus',
  description: 'Only OPEN threats weigh on the health score.',
});
