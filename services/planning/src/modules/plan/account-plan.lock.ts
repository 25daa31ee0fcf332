import type { EntityManager } from 'typeorm';
import { AccountPlan } from './account-plan.entity';
import { AccountPlanNotFoundError } from './account-plan.exception';
import { isUuid } from '@salesgraph/service-kit';

/** Loads a plan and locks its row for the transaction, so changes to one plan queue up. */
export async function lockPlan(manager: EntityManager, planId: string): Promise<AccountPlan> {
  const plan = isUuid(planId)
    ? await manager.findOne(AccountPlan, {
        where: { id: planId },
        lock: { mode: 'pessimistic_write' },
      })
    : null;
  if (!plan) throw new AccountPlanNotFoundError(planId);
  return plan;
}

/** The plan with its product targets, as mutations return it. */
export function loadPlan(manager: EntityManager, planId: string): Promise<AccountPlan> {
  return manager.findOneOrFail(AccountPlan, {
    where: { id: planId },
    relations: { productTargets: true },
    order: { productTargets: { productId: 'ASC' } },
  });
}
