/**
 * The sign-in state of the embedded mode (one process): Maps, lost on restart, which signs
 * everybody out and keeps GitHub tokens off disk. Same semantics as postgres-auth-stores.ts, down
 * to OAuth data being copied through JSON, so a caller that works here works there.
 */
import type { AuthStores, FailureCounter, OAuthStateStore, SessionStore, StoredSession } from './auth-stores.js';
import { SWEEP_EVERY_MS, sweepSchedule } from './sweep-schedule.js';

/** Drops the entries whose `expiry(entry)` is at or before `now`. */
function sweep<V>(map: Map<string, V>, now: number, expiry: (v: V) => number): void {
  for (const [key, value] of map) if (expiry(value) <= now) map.delete(key);
}

export function createMemorySessionStore(): SessionStore {
  const sessions = new Map<string, StoredSession>();
  const due = sweepSchedule(SWEEP_EVERY_MS);
  return {
    async put(id, session) {
      sessions.set(id, { ...session });
    },
    async get(id, now) {
      if (due(now)) sweep(sessions, now, (s) => s.expiresAt);
      const session = sessions.get(id);
      if (!session) return undefined;
      if (session.expiresAt <= now) {
        sessions.delete(id);
        return undefined;
      }
      return { ...session };
    },
    async delete(id) {
      sessions.delete(id);
    },
  };
}

export function createMemoryOAuthStateStore(): OAuthStateStore {
  const states = new Map<string, { json: string; expiresAt: number }>();
  const due = sweepSchedule(SWEEP_EVERY_MS);
  return {
    async put(state, data, expiresAt) {
      const json = JSON.stringify(data);
      if (json === undefined) throw new TypeError('OAuth state data must be JSON');
      states.set(state, { json, expiresAt });
    },
    async consume(state, now) {
      if (due(now)) sweep(states, now, (s) => s.expiresAt);
      const entry = states.get(state);
      states.delete(state);
      return entry && entry.expiresAt > now ? JSON.parse(entry.json) : undefined;
    },
  };
}

export function createMemoryFailureCounter(): FailureCounter {
  const windows = new Map<string, { count: number; resetAt: number }>();
  const due = sweepSchedule(SWEEP_EVERY_MS);
  return {
    async hit(key, windowMs, now) {
      if (due(now)) sweep(windows, now, (w) => w.resetAt);
      const current = windows.get(key);
      const next = current && current.resetAt > now ? { count: current.count + 1, resetAt: current.resetAt } : { count: 1, resetAt: now + windowMs };
      windows.set(key, next);
      return { ...next };
    },
    async peek(key, now) {
      const current = windows.get(key);
      return current && current.resetAt > now ? { ...current } : { count: 0, resetAt: now };
    },
  };
}

export function createMemoryAuthStores(): AuthStores {
  return { sessions: createMemorySessionStore(), oauthStates: createMemoryOAuthStateStore(), failures: createMemoryFailureCounter() };
}
