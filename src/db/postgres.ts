/**
 * The PostgreSQL connection of one replica: a pool of `DATABASE_POOL_SIZE` connections, with
 * the schema brought up to date before anything else runs.
 */
import { createHash } from 'node:crypto';
import pg from 'pg';
import { MIGRATIONS, type Migration } from './migrations.js';

// bigint columns hold epoch-ms times and ids, all far below 2^53: read them as numbers.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

/** Any constant: the key of the advisory lock that serialises migrations across replicas. */
const MIGRATION_LOCK = 0x6774_6272;

/** `connect()` after `close()`: nothing should retry. */
export class PostgresClosedError extends Error {
  constructor() {
    super('the PostgreSQL connection is closed');
    this.name = 'PostgresClosedError';
  }
}

// PostgreSQL truncates identifiers, channel names included, to 63 bytes.
const MAX_IDENTIFIER = 63;

function channelFor(schema: string, name: string): string {
  if (schema === 'public') return name;
  const full = `${name}__${schema}`;
  return full.length <= MAX_IDENTIFIER ? full : `${name}__${createHash('sha256').update(schema).digest('hex').slice(0, 16)}`;
}

export interface PostgresOptions {
  url: string;
  poolSize?: number;
  /** The schema to use (tests give each run its own); `public` by default. */
  schema?: string;
}

export interface Postgres {
  pool: pg.Pool;
  /** The schema in use (`public` unless one was asked for). */
  schema: string;
  /**
   * The NOTIFY channel `name` for this schema: channels are per database, so two schemas in one
   * database (tests, or two installations sharing a server) must not wake each other.
   */
  channel(name: string): string;
  /** Opens a dedicated connection (LISTEN needs one of its own); `close()` ends it too. */
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

/** A pooled connection in a transaction begun for it; one that cannot begin is not pooled again. */
export async function begin(pool: pg.Pool): Promise<pg.PoolClient> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    return client;
  } catch (err) {
    client.release(true);
    throw err;
  }
}

/**
 * Runs `work` in the transaction `client` began (`begin`): committed when it resolves, rolled
 * back when it throws, and the connection back to the pool either way.
 */
export async function finish<T>(client: pg.PoolClient, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  let broken = false;
  try {
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (err) {
    // A connection that cannot even roll back is not handed to the next caller.
    await client.query('ROLLBACK').catch(() => (broken = true));
    throw err;
  } finally {
    client.release(broken);
  }
}

/** Runs `work` in one transaction on one pooled connection: committed when it resolves, rolled back when it throws. */
export async function transaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  return finish(await begin(pool), work);
}

/** PostgreSQL's SQLSTATE for a unique violation. */
export const UNIQUE_VIOLATION = '23505';

/**
 * Whether the server refused these values (a data or integrity error, or a RAISE), as opposed to
 * failing as a whole: the same statement with other values would have gone through.
 */
export function refusedValues(err: unknown): boolean {
  const code = (err as { code?: unknown }).code;
  return typeof code === 'string' && /^(22|23|P0)/.test(code);
}

/**
 * `text` as PostgreSQL can store it: text and jsonb cannot hold U+0000, which a GitHub payload
 * can carry (`\u0000` in an issue title), so it becomes U+FFFD rather than failing the write.
 */
export function storableText(text: string): string {
  return text.replaceAll('\u0000', '\uFFFD');
}

/** JSON of `value` for a jsonb column, U+0000 replaced as in `storableText`. */
export function storableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'string' ? storableText(v) : v));
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
  const schema = opts.schema ?? 'public';
  // Dedicated clients are ended with the pool, so a forgotten listener cannot keep the process alive.
  const dedicated = new Set<pg.Client>();
  let closed = false;
  return {
    pool,
    schema,
    channel: (name) => channelFor(schema, name),
    async connect() {
      if (closed) throw new PostgresClosedError();
      const client = new pg.Client(config);
      client.on('error', () => undefined);
      dedicated.add(client);
      client.once('end', () => dedicated.delete(client));
      try {
        await client.connect();
      } catch (err) {
        dedicated.delete(client);
        throw err;
      }
      return client;
    },
    async close() {
      if (closed) return;
      closed = true;
      await Promise.all([...dedicated].map((c) => c.end().catch(() => undefined)));
      await pool.end();
    },
  };
}
