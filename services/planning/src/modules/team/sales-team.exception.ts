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
