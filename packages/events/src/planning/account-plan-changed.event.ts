import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { IsoDate, IsoDateTime, UserId, Uuid } from '../primitives';
import { Topics } from '../topics';

/**
 * Every change to an account plan short of its approval (AccountPlanApproved)
 * and of a detected shortfall (PlanShortfallDetected): the plan's audit trail.
 * `change` says what happened; the optional fields carry what it concerned.
 */
export const AccountPlanChangedData = z.object({
  planId: Uuid,
  accountId: Uuid,
  year: z.number().int().min(2000).max(2100),
  accountManagerId: UserId,
  status: z.enum(['DRAFT', 'SUBMITTED', 'APPROVED']),
  change: z.enum([
    'CREATED',
    'DETAILS_UPDATED',
    'TARGETS_SET',
    'SUBMITTED',
    'RETURNED',
    'REVISED',
    'ACTION_ADDED',
    'ACTION_UPDATED',
    'ACCOUNT_MANAGER_CHANGED',
  ]),
  reason: z.string().optional().describe('why a plan was returned to its account manager'),
  action: z
    .object({
      actionId: Uuid,
      description: z.string(),
      ownerId: UserId,
      dueDate: IsoDate,
      status: z.enum(['OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED']),
    })
    .optional()
    .describe('the relationship action, for ACTION_ADDED and ACTION_UPDATED'),
  changedBy: UserId,
  changedAt: IsoDateTime,
});
export type AccountPlanChangedData = z.infer<typeof AccountPlanChangedData>;

export const AccountPlanChanged = defineEvent({
  type: 'planning.AccountPlanChanged.v1',
  name: 'AccountPlanChanged',
  version: 1,
  producer: 'planning',
  topic: Topics.planning,
  aggregateType: 'AccountPlan',
  description:
    'An account plan was created or changed (details, product targets, workflow, relationship actions, account manager).',
  schema: AccountPlanChangedData,
  subjectOf: (d) => d.planId,
});
