/**
 * A real people directory for tests: the embedded store in a temp directory, holding `people`,
 * with the in-memory cache cards read, both closed (and the directory removed) when `t` ends.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Test } from 'tap';
import { openLowdbPeopleStore } from '../../src/people/lowdb-people-store.js';
import { openPeopleCache, type PeopleCache } from '../../src/people/people-cache.js';
import type { Person } from '../../src/people/person.js';
import type { PeopleStore } from '../../src/people/people-store.js';

export async function openTestPeople(t: Test, people: readonly Person[] = []): Promise<{ store: PeopleStore; cache: PeopleCache; file: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'gtb-people-'));
  const file = join(dir, 'people.json');
  const store = await openLowdbPeopleStore(file);
  await store.putMany(people);
  const cache = await openPeopleCache(store);
  t.teardown(async () => {
    cache.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return { store, cache, file };
}
