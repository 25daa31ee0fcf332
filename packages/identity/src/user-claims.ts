import type { JWTPayload } from 'jose';
import type { AuthenticatedUser } from './authenticated-user';
import { AuthenticationError } from './authentication-error';
import { isDepartment, isRole } from './roles';

/**
 * Maps verified claims to a user. Unknown roles are refused rather than
 * dropped: a token that names a role we do not know was not issued for us.
 */
export function userFromClaims(payload: JWTPayload): AuthenticatedUser {
  if (typeof payload.sub !== 'string' || payload.sub.length === 0 || payload.sub.length > 200) {
    throw new AuthenticationError('INVALID_TOKEN', 'token has no usable subject');
  }
  const roles = payload.roles ?? [];
  if (!Array.isArray(roles) || !roles.every(isRole)) {
    throw new AuthenticationError('INVALID_TOKEN', 'token carries unknown roles');
  }
  const department = payload.department;
  if (department !== undefined && !isDepartment(department)) {
    throw new AuthenticationError('INVALID_TOKEN', 'token carries an unknown department');
  }
  if (roles.length === 0 && department === undefined) {
    throw new AuthenticationError('INVALID_TOKEN', 'token carries neither a role nor a department');
  }
  return {
    id: payload.sub,
    name: typeof payload.name === 'string' ? payload.name : undefined,
    email: typeof payload.email === 'string' ? payload.email : undefined,
    roles: [...new Set(roles)],
    department,
  };
}
