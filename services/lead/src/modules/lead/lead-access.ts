import { hasRole, type AuthenticatedUser } from '@salesgraph/identity';
import type { TeamDirectory } from '@salesgraph/team-directory';
import type { EntityManager } from 'typeorm';

/**
 * Whose leads a user may see: a rep their own, a manager those of the reps in
 * their teams (and their own), admins and marketing all. `undefined` means no
 * restriction.
 */
export async function visibleOwnerIds(
  manager: EntityManager,
  user: AuthenticatedUser,
  directory: TeamDirectory,
): Promise<string[] | undefined> {
  if (hasRole(user, 'ADMIN', 'MARKETING')) return undefined;
  if (user.roles.includes('SALES_MANAGER'))
    return [user.id, ...(await directory.membersManagedBy(manager, user.id))];
  return [user.id];
}
