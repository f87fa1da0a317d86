/**
 * The people directory in PostgreSQL, shared by every replica. Every write NOTIFYs
 * `bridge_people` in its own transaction: with the login's key when one person changed, with
 * `*` after an import, so each replica's cache hears of it once it is committed. After a lost
 * LISTEN connection the watchers are told to read everything again: notices may have been missed.
 */
import { listen } from '../db/listener.js';
import { transaction, type Postgres } from '../db/postgres.js';
import { loginKey, type Person } from './person.js';
import type { PeopleStore } from './people-store.js';

const EVERYONE = '*';

const UPSERT = `INSERT INTO people (login_key, login, teams, name, updated_at)`;
const ON_CONFLICT = `ON CONFLICT (login_key) DO UPDATE SET login = EXCLUDED.login, teams = EXCLUDED.teams, name = EXCLUDED.name, updated_at = EXCLUDED.updated_at`;

export async function openPostgresPeopleStore(db: Postgres): Promise<PeopleStore> {
  const { pool } = db;
  const channel = db.channel('bridge_people');

  const watchers = new Set<(login: string | null) => void>();
  const fire = (login: string | null) => {
    for (const w of watchers) w(login);
  };
  const listener = await listen(db, channel, {
    onNotify: (payload) => fire(payload === EVERYONE ? null : payload),
    onReconnect: () => fire(null),
  });

  return {
    list: async () => (await pool.query<Person>('SELECT login, teams, name FROM people ORDER BY login_key')).rows,
    get: async (login) => (await pool.query<Person>('SELECT login, teams, name FROM people WHERE login_key = $1', [loginKey(login)])).rows[0],
    async put(person) {
      const key = loginKey(person.login);
      // xmax is 0 on a row this statement inserted, and set on one it updated.
      const res = await pool.query<Person & { created: boolean }>(
        `WITH written AS (${UPSERT} VALUES ($1, $2, $3, $4, $5) ${ON_CONFLICT} RETURNING login, teams, name, login_key, xmax = 0 AS created)
         SELECT login, teams, name, created, pg_notify($6, login_key) FROM written`,
        [key, person.login, person.teams, person.name, Date.now(), channel],
      );
      const { created, login, teams, name } = res.rows[0]!;
      return { person: { login, teams, name }, created };
    },
    async putMany(list) {
      if (list.length === 0) return { created: 0, updated: 0 };
      // One statement over arrays: every row lands, or (on any error) none; the notice is sent at commit.
      return transaction(pool, async (client) => {
        const res = await client.query<{ created: boolean }>(
          `${UPSERT} SELECT login_key, login, teams, name, $5 FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS given (login_key, login, teams, name)
           ${ON_CONFLICT} RETURNING xmax = 0 AS created`,
          [list.map((p) => loginKey(p.login)), list.map((p) => p.login), list.map((p) => p.teams), list.map((p) => p.name), Date.now()],
        );
        await client.query('SELECT pg_notify($1, $2)', [channel, list.length === 1 ? loginKey(list[0].login) : EVERYONE]);
        const created = res.rows.filter((r) => r.created).length;
        return { created, updated: res.rows.length - created };
      });
    },
    async delete(login) {
      const res = await pool.query(`WITH gone AS (DELETE FROM people WHERE login_key = $1 RETURNING login_key) SELECT pg_notify($2, login_key) FROM gone`, [
        loginKey(login),
        channel,
      ]);
      return res.rowCount === 1;
    },
    watch(changed) {
      const own = (login: string | null) => changed(login);
      watchers.add(own);
      return () => watchers.delete(own);
    },
    close: () => listener.stop(),
  };
}
