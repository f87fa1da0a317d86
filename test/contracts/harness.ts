/**
 * What a contract suite asks of an implementation: a fresh, empty instance per test, and, for
 * implementations that several replicas share, a second instance over the same storage.
 */
import type { Test } from 'tap';
import { openPostgres, type Postgres } from '../../src/db/postgres.js';
import { testPostgres } from '../helpers/postgres.js';

export interface Harness<T> {
  subject: T;
  /** Another instance on the same storage, as a second replica opens it. Absent for one-process stores. */
  replica?: () => Promise<T>;
}

/**
 * Builds an instance for test `t` and registers its teardown on `t`; resolves undefined when the
 * implementation cannot run here (then `t` has been skipped with the reason).
 */
export type Factory<T, Options = void> = (t: Test, options: Options) => Promise<Harness<T> | undefined>;

/**
 * An in-process implementation (no replicas), e.g.
 * `inProcess(({ now }) => openSqliteQueue(':memory:', { now }), (q) => q.close())`.
 */
export function inProcess<T, Options = void>(open: (options: Options) => T | Promise<T>, close?: (subject: T) => Promise<void>): Factory<T, Options> {
  return async (t, options) => {
    const subject = await open(options);
    if (close) t.teardown(() => close(subject));
    return { subject };
  };
}

/**
 * A PostgreSQL implementation on a schema of the test's own; each replica opens its own pool
 * on the same schema, as another process would.
 */
export async function onPostgres<T>(t: Test, open: (db: Postgres) => Promise<T>, close?: (subject: T) => Promise<void>): Promise<Harness<T> | undefined> {
  const db = await testPostgres(t);
  if (!db) return undefined;
  const opened = async (on: Postgres) => {
    const subject = await open(on);
    if (close) t.teardown(() => close(subject));
    return subject;
  };
  return {
    subject: await opened(db),
    async replica() {
      const other = await openPostgres({ url: db.url, schema: db.schema, poolSize: 4 });
      // Teardowns run last-registered first: the replica's subject closes before its pool.
      t.teardown(() => other.close());
      return opened(other);
    },
  };
}

/** Resolves with the settled results of `tasks` started together. */
export function together<T>(n: number, task: (i: number) => Promise<T>): Promise<PromiseSettledResult<T>[]> {
  return Promise.allSettled(Array.from({ length: n }, (_, i) => task(i)));
}
