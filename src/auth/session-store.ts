import { randomBytes } from 'node:crypto';
import { sha256 } from './principal.js';
import { createSecretBox, type SecretBox } from '../util/secret-box.js';

/** Prefix of session bearer tokens, so the authorizer can tell them from admin and capability tokens. */
export const SESSION_PREFIX = 'gtbs_';

export interface Session {
  login: string;
  /** The user's GitHub OAuth token, decrypted on demand. */
  githubToken: string;
}

interface Entry {
  login: string;
  sealedToken: string;
  expiresAt: number;
}

/**
 * Signed-in GitHub users. Kept in memory only: a restart signs everybody out, and the GitHub token
 * never reaches disk. Keys are sha256 of the bearer token, values hold the GitHub token sealed with
 * ENCRYPTION_KEY. Several replicas would need a shared store behind this same interface.
 */
export class SessionStore {
  private readonly entries = new Map<string, Entry>();
  private readonly box: SecretBox;

  constructor(
    key: Buffer,
    private readonly ttlMs = 8 * 60 * 60 * 1000,
    private readonly now: () => number = Date.now,
  ) {
    this.box = createSecretBox(key);
  }

  create(login: string, githubToken: string): string {
    this.sweep();
    const token = SESSION_PREFIX + randomBytes(32).toString('base64url');
    this.entries.set(sha256(token), { login, sealedToken: this.box.seal(githubToken), expiresAt: this.now() + this.ttlMs });
    return token;
  }

  get(token: string): Session | undefined {
    if (!token.startsWith(SESSION_PREFIX)) return undefined;
    const id = sha256(token);
    const entry = this.entries.get(id);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.now()) {
      this.entries.delete(id);
      return undefined;
    }
    return { login: entry.login, githubToken: this.box.open(entry.sealedToken) };
  }

  delete(token: string): void {
    this.entries.delete(sha256(token));
  }

  private sweep(): void {
    const now = this.now();
    for (const [id, entry] of this.entries) if (entry.expiresAt <= now) this.entries.delete(id);
  }
}
