import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { CostOrMargin, Currency, Decimal, IsoDateTime, UserId, Uuid } from '../primitives';
import { Topics } from '../topics';

export const AccountPlanApprovedData = z.object({
  planId: Uuid,
  accountId: Uuid,
  year: z.number().int().min(2000).max(2100),
  accountManagerId: UserId,
  approvedBy: UserId,
  currency: Currency,
  productTargets: z.array(z.object({ productId: Uuid, revenue: Decimal, margin: CostOrMargin })),
  approvedAt: IsoDateTime,
});
export type AccountPlanApprovedData = z.infer<typeof AccountPlanApprovedData>;

export const AccountPlanApproved = defineEvent({
  type: 'planning.AccountPlanApproved.v1',
  name: 'AccountPlanApproved',
  version: 1,
  producer: 'planning',
  topic: Topics.planning,
  aggregateType: 'AccountPlan',
  description: "A sales manager approved a key account's strategic plan for a year.",
  schema: AccountPlanApprovedData,
  subjectOf: (d) => d.planId,
});
