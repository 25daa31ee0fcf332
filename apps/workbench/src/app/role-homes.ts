import type { SessionUser } from '../auth/token-claims';

/** One home per role; a person with several roles (or an admin) sees each of theirs. */
export interface RoleHome {
  key: 'rep' | 'account-manager' | 'manager' | 'coordinator' | 'marketing' | 'department' | 'admin';
  path: string;
  label: string;
  allows(user: SessionUser): boolean;
}

const has = (user: SessionUser, role: string) =>
  user.roles.includes(role as never) || user.roles.includes('ADMIN');

export const roleHomes: RoleHome[] = [
  { key: 'rep', path: '/rep', label: 'My day', allows: (u) => has(u, 'SALES_REP') },
  {
    key: 'account-manager',
    path: '/accounts',
    label: 'Key accounts',
    allows: (u) => has(u, 'ACCOUNT_MANAGER'),
  },
  { key: 'manager', path: '/team', label: 'My team', allows: (u) => has(u, 'SALES_MANAGER') },
  {
    key: 'coordinator',
    path: '/orders',
    label: 'Order queues',
    allows: (u) => has(u, 'SALES_COORDINATOR'),
  },
  { key: 'marketing', path: '/campaigns', label: 'Campaigns', allows: (u) => has(u, 'MARKETING') },
  {
    key: 'department',
    path: '/requests',
    label: 'Service requests',
    allows: (u) => u.department !== null || u.roles.includes('ADMIN'),
  },
  {
    key: 'admin',
    path: '/rates',
    label: 'Exchange rates',
    allows: (u) => u.roles.includes('ADMIN'),
  },
];

export function homesFor(user: SessionUser): RoleHome[] {
  return roleHomes.filter((home) => home.allows(user));
}
