import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { Decimal, IsoDateTime, UserId, Uuid } from '../primitives';
import { Topics } from '../topics';

export const PlanShortfallDetectedData = z.object({
  planId: Uuid,
  accountId: Uuid,
  productId: Uuid,
  accountManagerId: UserId,
  target: Decimal,
  actual: Decimal,
  expectedByNow: Decimal,
  shortfallPercent: Decimal,
  actionId: Uuid.describe('the relationship action created for the account manager'),
  detectedAt: IsoDateTime,
});
export type PlanShortfallDetectedData = z.infer<typeof PlanShortfallDetectedData>;

export const PlanShortfallDetected = defineEvent({
  type: 'planning.PlanShortfallDetected.v1',
  name: 'PlanShortfallDetected',
  version: 1,
  producer: 'planning',
  topic: Topics.planning,
  aggregateType: 'AccountPlan',
  description: 'A product in an account plan fell behind pace by more than the threshold.',
  schema: PlanShortfallDetectedData,
  subjectOf: (d) => d.planId,
});
