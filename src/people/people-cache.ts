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

export async function openPeopleCache(store: PeopleStore, onError: (err: unknown) => void = () => undefined): Promise<PeopleCache> {
  let byLogin = new Map<string, Person>();
  let byEmail = new Map<string, Person>();
  let version = 0;

  const emailKey = (person: Person) => (isAddress(person.teams) ? person.teams.toLowerCase() : undefined);
  const unindex = (key: string) => {
    const old = byLogin.get(key);
    if (!old) return;
    byLogin.delete(key);
    const email = emailKey(old);
    if (email && byEmail.get(email) === old) byEmail.delete(email);
  };
  const index = (person: Person) => {
    const key = loginKey(person.login);
    unindex(key);
    byLogin.set(key, person);
    const email = emailKey(person);
    if (email) byEmail.set(email, person);
  };
  const replaceAll = (people: Person[]) => {
    byLogin = new Map();
    byEmail = new Map();
    for (const person of people) index(person);
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
          if (person) index(person);
          else unindex(key);
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
    byLogin: (login) => byLogin.get(loginKey(login)),
    byEmail: (email) => byEmail.get(email.toLowerCase()),
    version: () => version,
    all: () => [...byLogin.values()],
    async settled() {
      while (running) await running;
    },
    close: unwatch,
  };
}
