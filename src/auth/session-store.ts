import { randomBytes } from 'node:crypto';
import { createSecretBox, type SecretBox } from '../util/secret-box.js';
import type { SessionStore } from './auth-stores.js';
import { sha256 } from './principal.js';

/** Prefix of session bearer tokens, so the authorizer can tell them from admin and capability tokens. */
export const SESSION_PREFIX = 'gtbs_';

export interface Session {
  login: string;
  /** The user's GitHub OAuth token, decrypted on demand. */
  githubToken: string;
}

/**
 * Signed-in GitHub users, over a SessionStore (memory when embedded: a restart signs everybody
 * out; PostgreSQL with several replicas: a user signed in through one is signed in on all). The
 * store keys sessions by sha256 of the bearer token and holds the GitHub token sealed with
 * ENCRYPTION_KEY, so neither token is stored in clear.
 */
export class Sessions {
  private readonly box: SecretBox;

  constructor(
    private readonly store: SessionStore,
    key: Buffer,
    private readonly ttlMs = 8 * 60 * 60 * 1000,
    private readonly now: () => number = Date.now,
  ) {
    this.box = createSecretBox(key);
  }

  /** A new session's bearer token. */
  async create(login: string, githubToken: string): Promise<string> {
    const token = SESSION_PREFIX + randomBytes(32).toString('base64url');
    await this.store.put(sha256(token), { login, sealedToken: this.box.seal(githubToken), expiresAt: this.now() + this.ttlMs });
    return token;
  }

  async get(token: string): Promise<Session | undefined> {
    if (!token.startsWith(SESSION_PREFIX)) return undefined;
    const entry = await this.store.get(sha256(token), this.now());
    return entry && { login: entry.login, githubToken: this.box.open(entry.sealedToken) };
  }

  async delete(token: string): Promise<void> {
    await this.store.delete(sha256(token));
  }
}
