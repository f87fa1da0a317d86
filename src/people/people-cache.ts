/**
 * The whole people directory in memory, kept current through `PeopleStore.watch`: rendering a
 * card looks people up here and never waits on storage, and a change made through any replica
 * shows in the next card once its notice arrives.
 */
import type { PeopleDirectory } from '../cards/card.js';
import { isAddress, loginKey, type Person } from './person.js';
import type { PeopleStore } from './people-store.js';

export interface PeopleCache extends PeopleDirectory {
  /** Grows with every change applied: cards rendered under one version stay valid until the next. */
  version(): number;
  all(): Person[];
  /** Resolves once every change noticed so far is applied (tests, and a write's own replica). */
  settled(): Promise<void>;
  close(): void;
}

/** An index of people by login and by email, changed in place. */
function peopleIndex() {
  const byLogin = new Map<string, Person>();
  const byEmail = new Map<string, Person>();
  const emailKey = (person: Person) => (isAddress(person.teams) ? person.teams.toLowerCase() : undefined);
  const remove = (key: string) => {
    const old = byLogin.get(key);
    if (!old) return;
    byLogin.delete(key);
    const email = emailKey(old);
    if (email && byEmail.get(email) === old) byEmail.delete(email);
  };
  return {
    byLogin: (login: string) => byLogin.get(loginKey(login)),
    byEmail: (email: string) => byEmail.get(email.toLowerCase()),
    all: () => [...byLogin.values()],
    add(person: Person) {
      const key = loginKey(person.login);
      remove(key);
      byLogin.set(key, person);
      const email = emailKey(person);
      if (email) byEmail.set(email, person);
    },
    remove,
  };
}

/** A directory of these people, for rendering without a store (the gallery's samples, tools). */
export function directoryOf(people: readonly Person[]): PeopleDirectory {
  const index = peopleIndex();
  for (const person of people) index.add(person);
  return { byLogin: index.byLogin, byEmail: index.byEmail };
}

export async function openPeopleCache(store: PeopleStore, onError: (err: unknown) => void = () => undefined): Promise<PeopleCache> {
  let index = peopleIndex();
  let version = 0;
  const replaceAll = (people: Person[]) => {
    index = peopleIndex();
    for (const person of people) index.add(person);
  };

  // Notices are applied by one loop at a time; a notice that arrives while it reads is read
  // after, so the last read always starts after the last write it was told of.
  const pending = new Set<string>();
  let everyone = false;
  let running: Promise<void> | undefined;
  const drain = async () => {
    while (everyone || pending.size) {
      try {
        if (everyone) {
          everyone = false;
          pending.clear();
          replaceAll(await store.list());
        } else {
          const [key] = pending;
          pending.delete(key);
          const person = await store.get(key);
          if (person) index.add(person);
          else index.remove(key);
        }
        version += 1;
      } catch (err) {
        onError(err);
      }
    }
  };
  const kick = () => {
    if (running) return;
    running = drain().finally(() => {
      running = undefined;
      // A notice that came after the loop's last check and before this.
      if (everyone || pending.size) kick();
    });
  };
  const notice = (login: string | null) => {
    if (login === null) everyone = true;
    else pending.add(login);
    kick();
  };

  // Watch before the first read, so a change made while it runs is not missed.
  const noticed: Array<string | null> = [];
  let loaded = false;
  const unwatch = store.watch((login) => (loaded ? notice(login) : noticed.push(login)));
  replaceAll(await store.list());
  loaded = true;
  for (const login of noticed) notice(login);

  return {
    byLogin: (login) => index.byLogin(login),
    byEmail: (email) => index.byEmail(email),
    version: () => version,
    all: () => index.all(),
    async settled() {
      while (running) await running;
    },
    close: unwatch,
  };
}
