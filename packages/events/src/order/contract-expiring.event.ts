import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { IsoDate, IsoDateTime, UserId, Uuid } from '../primitives';
import { Topics } from '../topics';

export const ContractExpiringData = z.object({
  contractId: Uuid,
  accountId: Uuid,
  ownerId: UserId,
  endDate: IsoDate,
  daysLeft: z.number().int().nonnegative(),
  detectedAt: IsoDateTime,
});
export type ContractExpiringData = z.infer<typeof ContractExpiringData>;

export const ContractExpiring = defineEvent({
  type: 'order.ContractExpiring.v1',
  name: 'ContractExpiring',
  version: 1,
  producer: 'order',
  topic: Topics.order,
  aggregateType: 'SupplyContract',
  description: 'A supply contract ends within its notice window: time to renegotiate.',
  schema: ContractExpiringData,
  subjectOf: (d) => d.contractId,
});
