/**
 * State the sign-in flow shares between replicas: sessions, pending OAuth states and the
 * failed-authentication counter. In memory for the embedded mode (one process); in PostgreSQL
 * when `DATABASE_URL` is set, so a user signed in through one replica is known to all.
 */

export interface StoredSession {
  login: string;
  /** The GitHub token sealed with ENCRYPTION_KEY: stores never hold it in clear. */
  sealedToken: string;
  expiresAt: number;
}

export interface SessionStore {
  /** `id` is sha256 of the bearer token: the token itself is never stored. */
  put(id: string, session: StoredSession): Promise<void>;
  /** The session, or undefined when unknown or expired (an expired one is removed). */
  get(id: string, now: number): Promise<StoredSession | undefined>;
  delete(id: string): Promise<void>;
}

export interface OAuthStateStore {
  /** `data` must survive JSON (stores may keep it as JSON), and not be undefined. */
  put(state: string, data: unknown, expiresAt: number): Promise<void>;
  /** The data once for a stored, unexpired state; every later call gets undefined. */
  consume(state: string, now: number): Promise<unknown>;
}

export interface FailureCounter {
  /**
   * Counts one failure of `key` in a fixed window of `windowMs` starting at its first failure;
   * resolves with the count in the current window and when that window ends.
   */
  hit(key: string, windowMs: number, now: number): Promise<{ count: number; resetAt: number }>;
  /** The current window's count without counting: `{ count: 0, resetAt: now }` when none or expired. */
  peek(key: string, now: number): Promise<{ count: number; resetAt: number }>;
}

/** The three together, as each implementation (memory, PostgreSQL) provides them. */
export interface AuthStores {
  sessions: SessionStore;
  oauthStates: OAuthStateStore;
  failures: FailureCounter;
}
