import { ConflictError, ForbiddenError, NotFoundError } from '@salesgraph/service-kit';

export class SalesTeamNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('SalesTeam', id);
  }
}

export class NotTeamManagerError extends ForbiddenError {
  constructor() {
    super('Only the manager of this team (or an admin) may change it.');
  }
}

export class AlreadyInTeamError extends ConflictError {
  constructor(userId: string, teamName: string) {
    super(
      `${userId} is already a member of team ${teamName}; their manager must remove them there first.`,
      { userId, teamName },
    );
  }
}

export class ManagerCannotBeMemberError extends ConflictError {
  constructor(userId: string) {
    super(`${userId} manages a sales team and cannot also be a member of one.`, { userId });
  }
}

export class MemberCannotManageError extends ConflictError {
  constructor(userId: string) {
    super(`${userId} is a member of a sales team and cannot also manage one.`, { userId });
  }
}

/** The refusals of membership requests, named once. */
export const MembershipRequestException = {
  notFound: (id: string) => new NotFoundError('SalesTeamMembershipRequest', id),
  adminOnly: () =>
    new ForbiddenError(
      'Only an admin changes who is in a sales team; a sales manager asks with requestSalesTeamMember.',
    ),
  alreadyPending: (userId: string) =>
    new ConflictError(`A request to add ${userId} to this team is already waiting for an admin.`, {
      userId,
    }),
  alreadyMember: (userId: string) =>
    new ConflictError(`${userId} is already a member of this team.`, { userId }),
  changedByOthers: (id: string, expectedVersion: number) =>
    new ConflictError(
      `The request ${id} was decided or changed since version ${expectedVersion}; reload it.`,
      { id, expectedVersion },
    ),
};
