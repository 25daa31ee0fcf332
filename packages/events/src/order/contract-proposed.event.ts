import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { Currency, IsoDate, IsoDateTime, UserId, Uuid } from '../primitives';
import { Topics } from '../topics';
import { ContractCommitment } from './contract-signed.event';

/** The terms under negotiation; each change carries them all, with a higher revision. */
export const ContractProposedData = z.object({
  contractId: Uuid,
  contractNumber: z.string(),
  accountId: Uuid,
  ownerId: UserId,
  startDate: IsoDate,
  endDate: IsoDate,
  currency: Currency,
  overrunPolicy: z.enum(['REFUSE', 'FLAG']),
  noticeDays: z.number().int().nonnegative(),
  commitments: z.array(ContractCommitment),
  revision: z.number().int().nonnegative(),
  proposedAt: IsoDateTime,
});
export type ContractProposedData = z.infer<typeof ContractProposedData>;

export const ContractProposed = defineEvent({
  type: 'order.ContractProposed.v1',
  name: 'ContractProposed',
  version: 1,
  producer: 'order',
  topic: Topics.order,
  aggregateType: 'SupplyContract',
  description:
    'An account manager opened the negotiation of a supply contract or changed its proposed terms; carries all of them.',
  schema: ContractProposedData,
  subjectOf: (d) => d.contractId,
});
