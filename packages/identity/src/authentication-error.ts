/**
 * Why a token was refused. The code is safe to show to a client; the detail
 * is for logs only (it may say which check failed in ways that help attackers).
 */
export class AuthenticationError extends Error {
  constructor(
    readonly code: 'UNAUTHENTICATED' | 'TOKEN_EXPIRED' | 'INVALID_TOKEN',
    readonly detail: string,
  ) {
    super(detail);
    this.name = 'AuthenticationError';
  }
}
