import type { CommandContext } from '@salesgraph/service-kit';
import type { SelectQueryBuilder } from 'typeorm';
import type { AccountAccess } from '../account/account-access';

/**
 * Which service requests a user sees, as a condition on a query that joins
 * the request (alias r) to its account (alias a). The service's own filter
 * on top of account access: a department's members see the requests routed
 * to their department; sales roles those of the accounts they see. Returns
 * false when the user sees none.
 */
export async function scopeServiceRequests<T extends object>(
  query: SelectQueryBuilder<T>,
  command: CommandContext,
  accounts: AccountAccess,
): Promise<boolean> {
  const owners = await accounts.visibleOwners(command);
  if (owners === undefined) return true;
  const conditions: string[] = [];
  if (command.user.department) conditions.push('r.department = :scopeDepartment');
  if (owners.length) conditions.push('a.owner_id IN (:...scopeOwners)');
  if (conditions.length === 0) return false;
  query.andWhere(`(${conditions.join(' OR ')})`, {
    scopeDepartment: command.user.department,
    scopeOwners: owners,
  });
  return true;
}
