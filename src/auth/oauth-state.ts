import { randomBytes } from 'node:crypto';

/**
 * Pending OAuth `state` values: single use, ten minutes. The same value also goes into an
 * HttpOnly cookie so that a callback is only accepted in the browser that started the flow
 * (this blocks login CSRF, where someone else's code would sign the victim in as them).
 */
export class OAuthStateStore<T = true> {
  private readonly pending = new Map<string, { expiresAt: number; data: T }>();

  constructor(
    private readonly ttlMs = 10 * 60 * 1000,
    private readonly now: () => number = Date.now,
  ) {}

  /** A new state remembering `data` (what the flow needs back at the callback). */
  issue(data: T): string {
    const now = this.now();
    for (const [state, entry] of this.pending) if (entry.expiresAt <= now) this.pending.delete(state);
    const state = randomBytes(24).toString('base64url');
    this.pending.set(state, { expiresAt: now + this.ttlMs, data });
    return state;
  }

  /** The data once for a state this store issued and that has not expired; undefined otherwise. */
  consume(state: string): T | undefined {
    const entry = this.pending.get(state);
    this.pending.delete(state);
    return entry && entry.expiresAt > this.now() ? entry.data : undefined;
  }
}
