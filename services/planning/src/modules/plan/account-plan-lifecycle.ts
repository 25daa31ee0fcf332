import { defineLifecycle, InvalidTransitionError } from '@salesgraph/service-kit';
import { AccountPlanStatus } from './account-plan-status';

const { DRAFT, SUBMITTED, APPROVED } = AccountPlanStatus;

/** The approval workflow of an account plan, as a table. */
export const accountPlanLifecycle = defineLifecycle<AccountPlanStatus>({
  entity: 'AccountPlan',
  transitions: {
    [DRAFT]: [SUBMITTED],
    [SUBMITTED]: [APPROVED, DRAFT],
    [APPROVED]: [DRAFT],
  },
  hint: (from, to) => moves.find((move) => move.to === to && move.from !== from)?.hint,
});

export type PlanStep = 'submit' | 'approve' | 'return' | 'revise';

/**
 * The workflow's steps, each one move of the table. Returning (from
 * SUBMITTED) and revising (from APPROVED) both lead back to DRAFT, and the
 * table allows both moves, so a step also names the status it starts from:
 * a manager cannot "return" an approved plan, nor an account manager
 * "revise" a submitted one.
 */
const steps: Record<PlanStep, { from: AccountPlanStatus; to: AccountPlanStatus; hint: string }> = {
  submit: { from: DRAFT, to: SUBMITTED, hint: 'Only a draft is submitted.' },
  approve: { from: SUBMITTED, to: APPROVED, hint: 'The account manager submits the plan first.' },
  return: { from: SUBMITTED, to: DRAFT, hint: 'Only a submitted plan is returned.' },
  revise: {
    from: APPROVED,
    to: DRAFT,
    hint: 'Only an approved plan is revised; a draft can be edited as it is.',
  },
};
const moves = Object.values(steps);

/** The status a step leads to from `current`, or INVALID_TRANSITION naming both states. */
export function nextPlanStatus(current: AccountPlanStatus, step: PlanStep): AccountPlanStatus {
  const { from, to, hint } = steps[step];
  if (current !== from)
    throw new InvalidTransitionError(accountPlanLifecycle.entity, current, to, hint);
  accountPlanLifecycle.assert(current, to);
  return to;
}

/** Only a draft is edited (details, product targets); an approved plan is revised first. */
export function isPlanEditable(status: AccountPlanStatus): boolean {
  return status === DRAFT;
}

/** Only an approved plan is held to pace: shortfall checks skip the others. */
export function isHeldToPace(status: AccountPlanStatus): boolean {
  return status === APPROVED;
}
