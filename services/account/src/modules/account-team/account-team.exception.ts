import { ConflictError, NotFoundError } from '@salesgraph/service-kit';
import type { InternalDepartment } from './department';

/** The account team's refusals: a code to branch on and a message for a person. */
export const AccountTeamException = {
  memberNotFound: (id: string) => new NotFoundError('Account team member', id),

  alreadyOnTeam: (userId: string, department: InternalDepartment) =>
    new ConflictError(`${userId} is already on the team of this account for ${department}.`),
};
