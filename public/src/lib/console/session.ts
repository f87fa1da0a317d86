/**
 * The console's credential: the admin token or a GitHub session token, kept in sessionStorage so
 * a reload stays signed in while closing the tab forgets it (never localStorage, never a URL).
 */
export type Session = { kind: 'admin'; token: string } | { kind: 'github'; token: string; login: string };

const KEY = 'gtb-console-session';

export function loadSession(): Session | undefined {
  try {
    const value = JSON.parse(sessionStorage.getItem(KEY) ?? 'null');
    return value && typeof value.token === 'string' && (value.kind === 'admin' || value.kind === 'github') ? value : undefined;
  } catch {
    return undefined;
  }
}

export function saveSession(session: Session | undefined): void {
  if (session) sessionStorage.setItem(KEY, JSON.stringify(session));
  else sessionStorage.removeItem(KEY);
}
