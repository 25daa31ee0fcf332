import type { Department, Role } from './roles';

/** The verified person behind a request. */
export interface AuthenticatedUser {
  /** The token's subject: stable id of the user at the identity provider. */
  id: string;
  name?: string;
  email?: string;
  roles: Role[];
  /** Set for members of an internal department that receives service requests. */
  department?: Department;
}

export function hasRole(user: AuthenticatedUser, ...roles: Role[]): boolean {
  return user.roles.includes('ADMIN') || roles.some((role) => user.roles.includes(role));
}
