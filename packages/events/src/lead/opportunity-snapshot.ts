import { z } from 'zod';
import { Currency, Decimal, IsoDate, OpportunityStage, UserId, Uuid } from '../primitives';

/**
 * The state of an opportunity as every opportunity event carries it, so that
 * a consumer (planning's forecast) can keep a projection from the latest event
 * alone.
 */
export const OpportunitySnapshot = z.object({
  opportunityId: Uuid,
  accountId: Uuid.optional(),
  leadId: Uuid.optional(),
  name: z.string(),
  ownerId: UserId,
  stage: OpportunityStage,
  amount: Decimal,
  currency: Currency,
  probability: z.number().int().min(0).max(100),
  expectedCloseDate: IsoDate.optional(),
  productIds: z.array(Uuid),
  revision: z
    .number()
    .int()
    .positive()
    .optional()
    .describe(
      'increases with every change of the opportunity (always set by the lead service): a projection keeps the highest',
    ),
});
export type OpportunitySnapshot = z.infer<typeof OpportunitySnapshot>;
