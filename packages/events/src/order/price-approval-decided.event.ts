import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { IsoDateTime, UserId, Uuid } from '../primitives';
import { Topics } from '../topics';

/**
 * The seller's manager decided a price approval (APPROVED, REJECTED), or it
 * was WITHDRAWN because the terms changed before anyone decided.
 */
export const PriceApprovalDecidedData = z.object({
  approvalId: Uuid,
  subjectType: z.enum(['ORDER', 'CONTRACT', 'QUOTE']),
  subjectId: Uuid,
  subjectNumber: z.string(),
  accountId: Uuid,
  sellerId: UserId,
  requestedBy: UserId,
  decision: z.enum(['APPROVED', 'REJECTED', 'WITHDRAWN']),
  decidedBy: UserId,
  note: z.string().optional(),
  decidedAt: IsoDateTime,
});
export type PriceApprovalDecidedData = z.infer<typeof PriceApprovalDecidedData>;

export const PriceApprovalDecided = defineEvent({
  type: 'order.PriceApprovalDecided.v1',
  name: 'PriceApprovalDecided',
  version: 1,
  producer: 'order',
  topic: Topics.order,
  aggregateType: 'PriceApproval',
  description:
    'A price approval was decided by the seller’s manager (APPROVED or REJECTED, with a note), or WITHDRAWN when the terms changed first.',
  schema: PriceApprovalDecidedData,
  subjectOf: (d) => d.approvalId,
});
