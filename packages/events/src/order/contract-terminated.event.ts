import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { IsoDateTime, UserId, Uuid } from '../primitives';
import { Topics } from '../topics';

export const ContractTerminatedData = z.object({
  contractId: Uuid,
  contractNumber: z.string(),
  accountId: Uuid,
  ownerId: UserId,
  previousStatus: z.enum(['NEGOTIATING', 'ACTIVE']),
  reason: z.string().min(1),
  terminatedBy: UserId,
  terminatedAt: IsoDateTime,
});
export type ContractTerminatedData = z.infer<typeof ContractTerminatedData>;

export const ContractTerminated = defineEvent({
  type: 'order.ContractTerminated.v1',
  name: 'ContractTerminated',
  version: 1,
  producer: 'order',
  topic: Topics.order,
  aggregateType: 'SupplyContract',
  description:
    'A supply contract was ended before its term, or its negotiation abandoned, with the reason.',
  schema: ContractTerminatedData,
  subjectOf: (d) => d.contractId,
});
