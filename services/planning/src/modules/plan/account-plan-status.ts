import { InvalidTransitionError } from '@salesgraph/service-kit';
import { registerEnumType } from 'type-graphql';

export enum AccountPlanStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
}

registerEnumType(AccountPlanStatus, {
  name: 'AccountPlanStatus',
  description:
    'DRAFT (the account manager edits it) → SUBMITTED → APPROVED by the sales manager, or returned to DRAFT; an approved plan is revised as a new DRAFT.',
});

export type PlanStep = 'submit' | 'approve' | 'return' | 'revise';

const steps: Record<PlanStep, { from: AccountPlanStatus; to: AccountPlanStatus; hint: string }> = {
  submit: {
    from: AccountPlanStatus.DRAFT,
    to: AccountPlanStatus.SUBMITTED,
    hint: 'Only a draft is submitted.',
  },
  approve: {
    from: AccountPlanStatus.SUBMITTED,
    to: AccountPlanStatus.APPROVED,
    hint: 'The account manager submits the plan first.',
  },
  return: {
    from: AccountPlanStatus.SUBMITTED,
    to: AccountPlanStatus.DRAFT,
    hint: 'Only a submitted plan is returned.',
  },
  revise: {
    from: AccountPlanStatus.APPROVED,
    to: AccountPlanStatus.DRAFT,
    hint: 'Only an approved plan is revised; a draft can be edited as it is.',
  },
};

/** The status a step leads to from `current`, or INVALID_TRANSITION naming both states. */
export function nextPlanStatus(current: AccountPlanStatus, step: PlanStep): AccountPlanStatus {
  const rule = steps[step];
  if (current !== rule.from)
    throw new InvalidTransitionError('AccountPlan', current, rule.to, rule.hint);
  return rule.to;
}
