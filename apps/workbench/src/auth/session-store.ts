import { readTokenClaims, type SessionUser } from './token-claims';

export interface Session {
  token: string;
  user: SessionUser;
  expiresAt: number;
  /** For the issuer's sign-out (id_token_hint); OIDC only. */
  idToken?: string;
}

/**
 * Where the session lives. Production (OIDC) keeps the token in memory only:
 * nothing a script injected later could read from storage, and a reload goes
 * back through the issuer. Development keeps it in sessionStorage so a reload
 * does not sign the demo user out; it is never written to localStorage.
 */
export type SessionPersistence = 'memory' | 'session-storage';

const storageKey = 'salesgraph.workbench.dev-session';
let current: Session | null = null;
let persistence: SessionPersistence = 'memory';
let notice: string | null = null;
const listeners = new Set<() => void>();

function emit() {
  for (const listener of listeners) listener();
}

export const sessionStore = {
  configure(mode: SessionPersistence) {
    persistence = mode;
    if (mode !== 'session-storage') return;
    const saved = sessionStorage.getItem(storageKey);
    if (!saved) return;
    const session = JSON.parse(saved) as Session;
    if (session.expiresAt > Date.now()) current = session;
    else sessionStorage.removeItem(storageKey);
  },
  signIn(token: string, idToken?: string) {
    const { user, expiresAt } = readTokenClaims(token);
    current = { token, user, expiresAt, idToken };
    notice = null;
    if (persistence === 'session-storage')
      sessionStorage.setItem(storageKey, JSON.stringify(current));
    emit();
  },
  /** Ends the session; `why` is shown on the sign-in page (an expired token, say). */
  signOut(why: string | null = null) {
    current = null;
    notice = why;
    sessionStorage.removeItem(storageKey);
    emit();
  },
  get(): Session | null {
    return current;
  },
  notice(): string | null {
    return notice;
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
