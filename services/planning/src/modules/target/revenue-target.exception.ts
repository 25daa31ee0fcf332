import { ConflictError, ForbiddenError, NotFoundError } from '@salesgraph/service-kit';

export class RevenueTargetNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('RevenueTarget', id);
  }
}

export class NotYourTeamMemberError extends ForbiddenError {
  constructor(repId: string) {
    super(`Only the manager of ${repId}'s team may set their targets.`);
  }
}

export class NotInAnyTeamError extends ConflictError {
  constructor(repId: string) {
    super(`${repId} is in no sales team; add them to a team before setting a target.`, { repId });
  }
}
