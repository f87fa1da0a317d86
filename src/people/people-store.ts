/**
 * Storage of the people directory, asynchronous so a PostgreSQL implementation fits. Cards read
 * a `PeopleCache` kept current through `watch`, never the store. What a valid person is lives
 * in person.ts; stores keep what they are given.
 */
import type { Person } from './person.js';

export interface PeopleStore {
  /** Everyone, ordered by login (case-insensitive). */
  list(): Promise<Person[]>;
  /** Case-insensitive. */
  get(login: string): Promise<Person | undefined>;
  /** Creates or replaces the person with this login in any case; `created` says which. */
  put(person: Person): Promise<{ person: Person; created: boolean }>;
  /**
   * Creates or replaces all of them in one atomic step: every one is stored, or (when the write
   * fails) none. Logins must be distinct, case-insensitively.
   */
  putMany(people: readonly Person[]): Promise<{ created: number; updated: number }>;
  /** Whether there was such a person. */
  delete(login: string): Promise<boolean>;
  /**
   * Calls `changed` after each change by any replica: with the login's key (lower case) when
   * one person changed, with `null` when several may have (an import, a reconnect) and
   * everything should be read again.
   */
  watch(changed: (login: string | null) => void): () => void;
  close(): Promise<void>;
}
