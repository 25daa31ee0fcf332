import type { Role } from '@salesgraph/identity';

/**
 * The sales roles that own accounts: only they see accounts by ownership
 * (coordinators and admins see every account through the platform's scope),
 * and they change what is under an account they may change (contacts, team,
 * threats, plan, proposals, requests).
 */
export const accountOwningRoles = [
  'SALES_REP',
  'ACCOUNT_MANAGER',
  'SALES_MANAGER',
] as const satisfies readonly Role[];

/** Who reads accounts and what is under them: the owning roles and the sales coordinator. */
export const accountReadingRoles = [
  ...accountOwningRoles,
  'SALES_COORDINATOR',
] as const satisfies readonly Role[];
