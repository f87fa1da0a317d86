import { Low } from 'lowdb';
import { DurableJsonFile } from '../util/durable-json-file.js';
import { loginKey, type Person } from './person.js';
import type { PeopleStore } from './people-store.js';

interface PeopleFile {
  version: 1;
  people: Person[];
}

const shapeProblem = (data: unknown) => (Array.isArray((data as Partial<PeopleFile> | null)?.people) ? undefined : 'has no "people" list');

const byLogin = (a: Person, b: Person) => (loginKey(a.login) < loginKey(b.login) ? -1 : loginKey(a.login) > loginKey(b.login) ? 1 : 0);

/**
 * The people directory in a lowdb JSON file (`DATA_DIR/people.json`), synced on every write
 * (see DurableJsonFile), with everyone held in memory. Memory follows the file: a change is
 * seen only once it is written, so a failed write (answered 503) leaves nothing behind, and an
 * import is all-or-nothing because it is one write. Changes run one at a time.
 */
export async function openLowdbPeopleStore(file: string): Promise<PeopleStore> {
  const db = new Low<PeopleFile>(new DurableJsonFile<PeopleFile>(file, { holds: 'people', check: shapeProblem }), { version: 1, people: [] });
  await db.read();
  const people = new Map<string, Person>(db.data.people.map((p) => [loginKey(p.login), p]));

  const watchers = new Set<(login: string | null) => void>();
  const fire = (login: string | null) => {
    for (const w of watchers) w(login);
  };

  let tail: Promise<unknown> = Promise.resolve();
  /** Runs a change after the previous one has settled, whatever its outcome. */
  const serially = <T>(change: () => Promise<T>): Promise<T> => {
    const run = tail.then(change);
    tail = run.catch(() => undefined);
    return run;
  };
  /** Writes the directory as `next` would make it, then makes it so in memory. */
  const commit = async (next: Map<string, Person>) => {
    db.data = { version: 1, people: [...next.values()].sort(byLogin) };
    await db.write();
    people.clear();
    for (const [key, person] of next) people.set(key, person);
  };

  return {
    list: async () => [...people.values()].sort(byLogin),
    get: async (login) => people.get(loginKey(login)),
    put: (person) =>
      serially(async () => {
        const key = loginKey(person.login);
        const created = !people.has(key);
        const stored = { login: person.login, teams: person.teams, name: person.name };
        await commit(new Map(people).set(key, stored));
        fire(key);
        return { person: stored, created };
      }),
    putMany: (list) =>
      serially(async () => {
        const next = new Map(people);
        let created = 0;
        for (const person of list) {
          const key = loginKey(person.login);
          if (!next.has(key)) created += 1;
          next.set(key, { login: person.login, teams: person.teams, name: person.name });
        }
        if (list.length > 0) {
          await commit(next);
          fire(list.length === 1 ? loginKey(list[0].login) : null);
        }
        return { created, updated: list.length - created };
      }),
    delete: (login) =>
      serially(async () => {
        const key = loginKey(login);
        if (!people.has(key)) return false;
        const next = new Map(people);
        next.delete(key);
        await commit(next);
        fire(key);
        return true;
      }),
    watch(changed) {
      const own = (login: string | null) => changed(login);
      watchers.add(own);
      return () => watchers.delete(own);
    },
    async close() {
      await tail;
    },
  };
}
