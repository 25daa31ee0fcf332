import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { IsoDateTime, UserId, Uuid } from '../primitives';
import { Topics } from '../topics';

/**
 * A supply contract followed its account to a new owner (a key-account
 * hand-over): from now on the new owner changes it and is credited with its
 * call-offs.
 */
export const ContractOwnerChangedData = z.object({
  contractId: Uuid,
  contractNumber: z.string(),
  accountId: Uuid,
  previousOwnerId: UserId,
  ownerId: UserId,
  status: z.enum(['NEGOTIATING', 'ACTIVE']),
  reason: z.string().min(1),
  changedAt: IsoDateTime,
});
export type ContractOwnerChangedData = z.infer<typeof ContractOwnerChangedData>;

export const ContractOwnerChanged = defineEvent({
  type: 'order.ContractOwnerChanged.v1',
  name: 'ContractOwnerChanged',
  version: 1,
  producer: 'order',
  topic: Topics.order,
  aggregateType: 'SupplyContract',
  description:
    'A running or negotiated supply contract followed its account to the new account owner, who now changes it and is credited with its call-offs.',
  schema: ContractOwnerChangedData,
  subjectOf: (d) => d.contractId,
});
