import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { IsoDateTime, Uuid } from '../primitives';
import { Topics } from '../topics';

export const CompetitorThreatUpdatedData = z.object({
  accountId: Uuid,
  threatId: Uuid,
  competitor: z.string(),
  threatLevel: z.enum(['LOW', 'MEDIUM', 'HIGH']),
  status: z.enum(['OPEN', 'MITIGATED', 'LOST_TO_COMPETITOR', 'CLOSED']),
  changedFields: z.array(z.string()),
  updatedAt: IsoDateTime,
});
export type CompetitorThreatUpdatedData = z.infer<typeof CompetitorThreatUpdatedData>;

export const CompetitorThreatUpdated = defineEvent({
  type: 'account.CompetitorThreatUpdated.v1',
  name: 'CompetitorThreatUpdated',
  version: 1,
  producer: 'account',
  topic: Topics.account,
  aggregateType: 'CompetitorThreat',
  description:
    'A competitor threat changed level or status (mitigated, lost to the competitor, closed).',
  schema: CompetitorThreatUpdatedData,
  subjectOf: (d) => d.threatId,
});
