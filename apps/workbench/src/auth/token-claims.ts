/** The roles the gateway reads from the token's `roles` claim. */
export type Role =
  'SALES_REP' | 'ACCOUNT_MANAGER' | 'SALES_MANAGER' | 'SALES_COORDINATOR' | 'MARKETING' | 'ADMIN';

export interface SessionUser {
  id: string;
  name: string;
  roles: Role[];
  /** Members of an internal department (TECHNICAL, LOGISTICS, ...). */
  department: string | null;
}

export interface TokenClaims {
  user: SessionUser;
  /** Milliseconds since the epoch. */
  expiresAt: number;
}

function base64UrlDecode(part: string): string {
  const base64 = part.replace(/-/g, '+').replace(/_/g, '/');
  const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4);
  const bytes = Uint8Array.from(atob(padded), (c) => c.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

/** The claims of a JWT, unverified. */
export function decodeJwtPayload(token: string): Record<string, unknown> {
  const [, payload] = token.split('.');
  if (!payload) throw new Error('the token is not a JWT');
  return JSON.parse(base64UrlDecode(payload)) as Record<string, unknown>;
}

/**
 * Reads who the token is for, to choose the home page and label the screen.
 * Not a check: the gateway verifies every token; a forged one gets nothing.
 */
export function readTokenClaims(token: string): TokenClaims {
  const claims = decodeJwtPayload(token);
  const roles = Array.isArray(claims.roles) ? (claims.roles as Role[]) : [];
  const name =
    typeof claims.name === 'string'
      ? claims.name
      : typeof claims.email === 'string'
        ? claims.email
        : String(claims.sub);
  return {
    user: {
      id: String(claims.sub),
      name,
      roles,
      department: typeof claims.department === 'string' ? claims.department : null,
    },
    expiresAt: typeof claims.exp === 'number' ? claims.exp * 1000 : Date.now() + 3_600_000,
  };
}
