import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { IsoDateTime, UserId, Uuid } from '../primitives';
import { Topics } from '../topics';

export const CompetitorThreatLoggedData = z.object({
  accountId: Uuid,
  threatId: Uuid,
  competitor: z.string(),
  productId: Uuid.optional(),
  threatLevel: z.enum(['LOW', 'MEDIUM', 'HIGH']),
  status: z.enum(['OPEN', 'MITIGATED', 'LOST_TO_COMPETITOR', 'CLOSED']),
  loggedBy: UserId,
  loggedAt: IsoDateTime,
});
export type CompetitorThreatLoggedData = z.infer<typeof CompetitorThreatLoggedData>;

export const CompetitorThreatLogged = defineEvent({
  type: 'account.CompetitorThreatLogged.v1',
  name: 'CompetitorThreatLogged',
  version: 1,
  producer: 'account',
  topic: Topics.account,
  // Keyed by the threat, as CompetitorThreatUpdated is: one threat's events stay in order on
  // one partition. Rows written before this were keyed by the account.
  aggregateType: 'CompetitorThreat',
  description: 'A competitor threat to an account was logged.',
  schema: CompetitorThreatLoggedData,
  subjectOf: (d) => d.threatId,
});
