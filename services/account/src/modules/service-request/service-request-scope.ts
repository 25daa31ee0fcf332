import type { AuthenticatedUser } from '@salesgraph/identity';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import type { AccountAccess } from '../account/account-access';

/**
 * Which service requests a user sees, as a condition on a query that joins
 * the request (alias r) to its account (alias a): a department's members see
 * the requests routed to it; sales roles those of the accounts they see.
 * Returns false when the user sees none.
 */
export async function scopeServiceRequests<T extends object>(
  query: SelectQueryBuilder<T>,
  manager: EntityManager,
  access: AccountAccess,
  user: AuthenticatedUser,
): Promise<boolean> {
  const owners = await access.visibleOwnerIds(manager, user);
  if (owners === undefined) return true;
  const conditions: string[] = [];
  if (user.department) conditions.push('r.department = :scopeDepartment');
  if (owners.length) conditions.push('a.owner_id IN (:...scopeOwners)');
  if (conditions.length === 0) return false;
  query.andWhere(`(${conditions.join(' OR ')})`, {
    scopeDepartment: user.department,
    scopeOwners: owners,
  });
  return true;
}
