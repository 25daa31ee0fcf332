import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { Currency, Decimal, IsoDate, IsoDateTime, UserId, Uuid } from '../primitives';
import { Topics } from '../topics';

export const ContractCommitment = z.object({
  productId: Uuid,
  price: Decimal.describe('negotiated unit price'),
  committedQuantity: Decimal.optional(),
  committedValue: Decimal.optional(),
});

export const ContractSignedData = z.object({
  contractId: Uuid,
  contractNumber: z.string(),
  accountId: Uuid,
  ownerId: UserId,
  startDate: IsoDate,
  endDate: IsoDate,
  currency: Currency,
  overrunPolicy: z.enum(['REFUSE', 'FLAG']),
  commitments: z.array(ContractCommitment),
  signedAt: IsoDateTime,
});
export type ContractSignedData = z.infer<typeof ContractSignedData>;

export const ContractSigned = defineEvent({
  type: 'order.ContractSigned.v1',
  name: 'ContractSigned',
  version: 1,
  producer: 'order',
  topic: Topics.order,
  aggregateType: 'SupplyContract',
  description: 'A long-term supply contract became active.',
  schema: ContractSignedData,
  subjectOf: (d) => d.contractId,
});
