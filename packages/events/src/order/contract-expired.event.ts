import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { Decimal, IsoDate, IsoDateTime, UserId, Uuid } from '../primitives';
import { Topics } from '../topics';

/** The final consumption of each commitment, so that consumers can judge the contract's outcome. */
export const ContractExpiredData = z.object({
  contractId: Uuid,
  contractNumber: z.string(),
  accountId: Uuid,
  ownerId: UserId,
  endDate: IsoDate,
  commitments: z.array(
    z.object({
      productId: Uuid,
      measure: z.enum(['QUANTITY', 'VALUE']),
      committed: Decimal,
      consumed: Decimal,
    }),
  ),
  expiredAt: IsoDateTime,
});
export type ContractExpiredData = z.infer<typeof ContractExpiredData>;

export const ContractExpired = defineEvent({
  type: 'order.ContractExpired.v1',
  name: 'ContractExpired',
  version: 1,
  producer: 'order',
  topic: Topics.order,
  aggregateType: 'SupplyContract',
  description: 'A supply contract reached the end of its term; no more call-offs against it.',
  schema: ContractExpiredData,
  subjectOf: (d) => d.contractId,
});
