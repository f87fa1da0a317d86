/**
 * PostgreSQL for tests: the machine's real server (127.0.0.1:5432, trust auth; `TEST_DATABASE_URL`
 * overrides), a schema of its own per call, dropped in teardown. With `CI=true` an unreachable
 * server fails the test; elsewhere the test is skipped with the reason.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Test } from 'tap';
import { openPostgres, type Postgres } from '../../src/db/postgres.js';

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

let reachable: Promise<string | undefined> | undefined;

/** Undefined when the server answers; otherwise why not. */
export function postgresUnavailable(): Promise<string | undefined> {
  reachable ??= (async () => {
    const client = new pg.Client({ connectionString: TEST_DATABASE_URL, connectionTimeoutMillis: 3_000 });
    try {
      await client.connect();
      await client.query('SELECT 1');
      return undefined;
    } catch (err) {
      return `PostgreSQL at ${TEST_DATABASE_URL} is unreachable: ${(err as Error).message}`;
    } finally {
      await client.end().catch(() => undefined);
    }
  })();
  return reachable;
}

/** A fresh schema name, unique per call. */
export function testSchemaName(): string {
  return `t_${process.pid}_${randomBytes(4).toString('hex')}`;
}

/**
 * A migrated PostgreSQL in a schema of its own, dropped when `t` ends. Resolves undefined (and
 * skips `t`) when the server is unreachable outside CI.
 */
export async function testPostgres(t: Test, opts: { poolSize?: number } = {}): Promise<(Postgres & { schema: string; url: string }) | undefined> {
  const why = await postgresUnavailable();
  if (why) {
    if (process.env.CI === 'true') throw new Error(why);
    t.skip(why, () => undefined);
    return undefined;
  }
  const schema = testSchemaName();
  const db = await openPostgres({ url: TEST_DATABASE_URL, schema, poolSize: opts.poolSize ?? 4 });
  t.teardown(async () => {
    await db.close();
    await dropSchema(schema);
  });
  return Object.assign(db, { schema, url: TEST_DATABASE_URL });
}

export async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
}

/**
 * Ends, from the server side, every connection LISTENing on `channel`, as a restart or a network
 * cut would; resolves with how many there were.
 */
export async function terminateListeners(channel: string): Promise<number> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    const res = await client.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query = $1`, [`LISTEN ${client.escapeIdentifier(channel)}`]);
    return res.rowCount ?? 0;
  } finally {
    await client.end();
  }
}
