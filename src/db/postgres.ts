/**
 * The PostgreSQL connection of one replica: a pool of `DATABASE_POOL_SIZE` connections, with
 * the schema brought up to date before anything else runs.
 */
import pg from 'pg';
import { MIGRATIONS, type Migration } from './migrations.js';

// bigint columns hold epoch-ms times and ids, all far below 2^53: read them as numbers.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

/** Any constant: the key of the advisory lock that serialises migrations across replicas. */
const MIGRATION_LOCK = 0x6774_6272;

export interface PostgresOptions {
  url: string;
  poolSize?: number;
  /** The schema to use (tests give each run its own); `public` by default. */
  schema?: string;
}

export interface Postgres {
  pool: pg.Pool;
  /** Opens a dedicated connection (LISTEN needs one of its own). */
  connect(): Promise<pg.Client>;
  close(): Promise<void>;
}

function clientConfig(opts: PostgresOptions): pg.ClientConfig {
  return {
    connectionString: opts.url,
    ...(opts.schema && { options: `-c search_path=${opts.schema}` }),
    // A replica that cannot reach the database must answer 503 quickly, not hang a webhook.
    connectionTimeoutMillis: 5_000,
    application_name: 'github-teams-bridge',
  };
}

export async function migrate(pool: pg.Pool, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (id integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const done = new Set((await client.query<{ id: number }>('SELECT id FROM schema_migrations')).rows.map((r) => r.id));
    const applied: number[] = [];
    for (const m of migrations) {
      if (done.has(m.id)) continue;
      await client.query('BEGIN');
      try {
        await client.query(m.sql);
        await client.query('INSERT INTO schema_migrations (id, name) VALUES ($1, $2)', [m.id, m.name]);
        await client.query('COMMIT');
      } catch (err) {
        await client.query('ROLLBACK');
        throw new Error(`migration ${m.id} (${m.name}) failed: ${(err as Error).message}`);
      }
      applied.push(m.id);
    }
    return applied;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    client.release();
  }
}

/** Connects, creates the schema if asked for one, and migrates. */
export async function openPostgres(opts: PostgresOptions): Promise<Postgres> {
  if (opts.schema && !/^[a-z_][a-z0-9_]*$/.test(opts.schema)) throw new Error(`invalid schema name: ${opts.schema}`);
  const config = clientConfig(opts);
  if (opts.schema) {
    const admin = new pg.Client({ ...config, options: undefined });
    await admin.connect();
    try {
      await admin.query(`CREATE SCHEMA IF NOT EXISTS ${opts.schema}`);
    } finally {
      await admin.end();
    }
  }
  const pool = new pg.Pool({ ...config, max: opts.poolSize ?? 10 });
  // An idle client's error (the server restarted) must not crash the process; the pool drops it.
  pool.on('error', () => undefined);
  await migrate(pool);
  return {
    pool,
    async connect() {
      const client = new pg.Client(config);
      client.on('error', () => undefined);
      await client.connect();
      return client;
    },
    close: () => pool.end(),
  };
}
