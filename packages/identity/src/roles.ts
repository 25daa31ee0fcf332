/** The roles an identity token may carry; see ../shared/domain.md for who they are. */
export const Roles = [
  'SALES_REP',
  'ACCOUNT_MANAGER',
  'SALES_MANAGER',
  'SALES_COORDINATOR',
  'MARKETING',
  'ADMIN',
] as const;
export type Role = (typeof Roles)[number];

/** Internal departments that service requests are routed to. */
export const Departments = ['SALES', 'TECHNICAL', 'LOGISTICS', 'FINANCE', 'SERVICE'] as const;
export type Department = (typeof Departments)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (Roles as readonly string[]).includes(value);
}

export function isDepartment(value: unknown): value is Department {
  return typeof value === 'string' && (Departments as readonly string[]).includes(value);
}
