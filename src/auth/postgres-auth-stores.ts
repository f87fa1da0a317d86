/**
 * Sign-in state in PostgreSQL, so a user signed in through one replica is signed in on all, an
 * OAuth callback may land on any replica, and failed attempts count against one shared limit.
 * Each operation is one statement, atomic across replicas.
 */
import type { Postgres } from '../db/postgres.js';
import type { AuthStores, FailureCounter, OAuthStateStore, SessionStore } from './auth-stores.js';
import { SWEEP_EVERY_MS, sweepSchedule } from './sweep-schedule.js';

/** Deletes the expired rows of `table` now and then; errors are left to the next sweep. */
function sweeper(db: Postgres, table: string, column: string): (now: number) => void {
  const due = sweepSchedule(SWEEP_EVERY_MS);
  return (now) => {
    if (due(now)) db.pool.query(`DELETE FROM ${table} WHERE ${column} <= $1`, [now]).catch(() => undefined);
  };
}

export function postgresSessionStore(db: Postgres): SessionStore {
  const sweep = sweeper(db, 'sessions', 'expires_at');
  return {
    async put(id, s) {
      await db.pool.query(
        `INSERT INTO sessions (id, login, sealed_token, expires_at) VALUES ($1, $2, $3, $4)
          ON CONFLICT (id) DO UPDATE SET login = EXCLUDED.login, sealed_token = EXCLUDED.sealed_token, expires_at = EXCLUDED.expires_at`,
        [id, s.login, s.sealedToken, s.expiresAt],
      );
    },
    async get(id, now) {
      sweep(now);
      const res = await db.pool.query<{ login: string; sealed_token: string; expires_at: number }>(
        `WITH expired AS (DELETE FROM sessions WHERE id = $1 AND expires_at <= $2)
          SELECT login, sealed_token, expires_at FROM sessions WHERE id = $1 AND expires_at > $2`,
        [id, now],
      );
      const row = res.rows[0];
      return row && { login: row.login, sealedToken: row.sealed_token, expiresAt: row.expires_at };
    },
    async delete(id) {
      await db.pool.query('DELETE FROM sessions WHERE id = $1', [id]);
    },
  };
}

export function postgresOAuthStateStore(db: Postgres): OAuthStateStore {
  const sweep = sweeper(db, 'oauth_states', 'expires_at');
  return {
    async put(state, data, expiresAt) {
      const json = JSON.stringify(data);
      if (json === undefined) throw new TypeError('OAuth state data must be JSON');
      await db.pool.query(
        'INSERT INTO oauth_states (state, data, expires_at) VALUES ($1, $2, $3) ON CONFLICT (state) DO UPDATE SET data = EXCLUDED.data, expires_at = EXCLUDED.expires_at',
        [state, json, expiresAt],
      );
    },
    async consume(state, now) {
      sweep(now);
      // DELETE … RETURNING: of two replicas consuming one state at once, exactly one gets the row.
      const res = await db.pool.query<{ data: unknown; expires_at: number }>('DELETE FROM oauth_states WHERE state = $1 RETURNING data, expires_at', [state]);
      const row = res.rows[0];
      return row && row.expires_at > now ? row.data : undefined;
    },
  };
}

export function postgresFailureCounter(db: Postgres): FailureCounter {
  const sweep = sweeper(db, 'auth_failures', 'reset_at');
  return {
    async hit(key, windowMs, now) {
      sweep(now);
      const res = await db.pool.query<{ count: number; reset_at: number }>(
        `INSERT INTO auth_failures AS f (key, count, reset_at) VALUES ($1, 1, $2::bigint + $3::bigint)
          ON CONFLICT (key) DO UPDATE SET
            count = CASE WHEN f.reset_at <= $2 THEN 1 ELSE f.count + 1 END,
            reset_at = CASE WHEN f.reset_at <= $2 THEN EXCLUDED.reset_at ELSE f.reset_at END
          RETURNING count, reset_at`,
        [key, now, windowMs],
      );
      const row = res.rows[0]!;
      return { count: row.count, resetAt: row.reset_at };
    },
    async peek(key, now) {
      const res = await db.pool.query<{ count: number; reset_at: number }>('SELECT count, reset_at FROM auth_failures WHERE key = $1 AND reset_at > $2', [key, now]);
      const row = res.rows[0];
      return row ? { count: row.count, resetAt: row.reset_at } : { count: 0, resetAt: now };
    },
  };
}

export function postgresAuthStores(db: Postgres): AuthStores {
  return { sessions: postgresSessionStore(db), oauthStates: postgresOAuthStateStore(db), failures: postgresFailureCounter(db) };
}
