import { ConflictError, ForbiddenError, NotFoundError } from '@salesgraph/service-kit';

export class AccountPlanNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('AccountPlan', id);
  }
}

export class RelationshipActionNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('RelationshipAction', id);
  }
}

export class NotKeyAccountError extends ConflictError {
  constructor(accountId: string) {
    super(`Account ${accountId} is not a key account: only key accounts have account plans.`, {
      accountId,
    });
  }
}

export class PlanExistsError extends ConflictError {
  constructor(accountId: string, year: number) {
    super(`Account ${accountId} already has a plan for ${year}.`, { accountId, year });
  }
}

export class PlanNotEditableError extends ConflictError {
  constructor(status: string) {
    super(`The plan is ${status}: only a DRAFT can be edited (revise an approved plan first).`, {
      status,
    });
  }
}

export class NotPlanOwnerError extends ForbiddenError {
  constructor() {
    super('Only the account manager of this key account (or an admin) may change its plan.');
  }
}

export class NotPlanApproverError extends ForbiddenError {
  constructor() {
    super(
      'Only the sales manager of the plan’s account manager (or an admin) may approve or return it.',
    );
  }
}
