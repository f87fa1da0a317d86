import { randomBytes } from 'node:crypto';
import type { OAuthStateStore } from './auth-stores.js';

/**
 * Pending OAuth `state` values, over an OAuthStateStore (the callback may land on any replica):
 * single use, ten minutes. The same value also goes into an HttpOnly cookie so that a callback is
 * only accepted in the browser that started the flow (this blocks login CSRF, where someone
 * else's code would sign the victim in as them). `T` must survive JSON.
 */
export class OAuthStates<T> {
  constructor(
    private readonly store: OAuthStateStore,
    private readonly ttlMs = 10 * 60 * 1000,
    private readonly now: () => number = Date.now,
  ) {}

  /** A new state remembering `data` (what the flow needs back at the callback). */
  async issue(data: T): Promise<string> {
    const state = randomBytes(24).toString('base64url');
    await this.store.put(state, data, this.now() + this.ttlMs);
    return state;
  }

  /** The data once for a state that was issued and has not expired; undefined otherwise. */
  async consume(state: string): Promise<T | undefined> {
    return (await this.store.consume(state, this.now())) as T | undefined;
  }
}
