import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { Decimal, IsoDateTime, UserId, Uuid } from '../primitives';
import { Topics } from '../topics';

export const ContractUnderrunRiskData = z.object({
  contractId: Uuid,
  accountId: Uuid,
  ownerId: UserId,
  productId: Uuid,
  committed: Decimal,
  consumed: Decimal,
  expectedByNow: Decimal,
  measure: z.enum(['QUANTITY', 'VALUE']),
  detectedAt: IsoDateTime,
});
export type ContractUnderrunRiskData = z.infer<typeof ContractUnderrunRiskData>;

export const ContractUnderrunRisk = defineEvent({
  type: 'order.ContractUnderrunRisk.v1',
  name: 'ContractUnderrunRisk',
  version: 1,
  producer: 'order',
  topic: Topics.order,
  aggregateType: 'SupplyContract',
  description: 'Call-offs against a commitment are behind the pace the contract term requires.',
  schema: ContractUnderrunRiskData,
  subjectOf: (d) => d.contractId,
});
