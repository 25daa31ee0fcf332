import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { Currency, Decimal, IsoDate, IsoDateTime, UserId, Uuid } from '../primitives';
import { Topics } from '../topics';

export const TargetSetData = z.object({
  targetId: Uuid,
  repId: UserId,
  teamId: Uuid,
  periodKind: z.enum(['MONTH', 'QUARTER', 'YEAR']),
  periodStart: IsoDate,
  periodEnd: IsoDate,
  amount: Decimal,
  currency: Currency,
  splits: z.array(
    z.object({ productLine: z.string().optional(), productId: Uuid.optional(), amount: Decimal }),
  ),
  setBy: UserId,
  setAt: IsoDateTime,
});
export type TargetSetData = z.infer<typeof TargetSetData>;

export const TargetSet = defineEvent({
  type: 'planning.TargetSet.v1',
  name: 'TargetSet',
  version: 1,
  producer: 'planning',
  topic: Topics.planning,
  aggregateType: 'RevenueTarget',
  description: "A sales manager set or changed a rep's revenue target for a period.",
  schema: TargetSetData,
  subjectOf: (d) => d.targetId,
});
