/**
 * Every link in memory, indexed by repository, kept current through `LinkStore.watch`: routing
 * a webhook never waits on the store, and a link written through any replica routes here as
 * soon as its change notice arrives.
 */
import type { Link } from './link.js';
import { repositoryKey } from './link-rules.js';
import type { LinkStore } from './link-store.js';

export interface LinkCache {
  get(id: string): Link | undefined;
  /** Case-insensitive; the same array until the repository's links change. */
  byRepository(repository: string): readonly Link[];
  all(): Link[];
  /** Resolves once every change noticed so far is applied (tests, and a write's own replica). */
  settled(): Promise<void>;
  /** Reads one link from the store now, without waiting for its change notice. */
  refresh(id: string): Promise<void>;
  close(): void;
}

export async function openLinkCache(store: LinkStore, onError: (err: unknown, id: string) => void = () => undefined): Promise<LinkCache> {
  const byId = new Map<string, Link>();
  const byRepo = new Map<string, Link[]>();

  const unindex = (id: string) => {
    const old = byId.get(id);
    if (!old) return;
    byId.delete(id);
    const key = repositoryKey(old.repository);
    const rest = (byRepo.get(key) ?? []).filter((l) => l.id !== id);
    if (rest.length) byRepo.set(key, rest);
    else byRepo.delete(key);
  };
  const index = (link: Link) => {
    unindex(link.id);
    byId.set(link.id, link);
    const key = repositoryKey(link.repository);
    byRepo.set(key, [...(byRepo.get(key) ?? []), link]);
  };

  // One read per link at a time; a refresh asked for while one runs queues one more (shared by
  // every ask meanwhile), so the last read always starts after the last write it was told of,
  // and each ask resolves once a read that started after it has been applied.
  const refreshing = new Map<string, Promise<void>>();
  const queued = new Map<string, Promise<void>>();
  const refresh = (id: string): Promise<void> => {
    const pending = queued.get(id);
    if (pending) return pending;
    const running = refreshing.get(id);
    if (running) {
      const next = running.then(() => {
        queued.delete(id);
        return refresh(id);
      });
      queued.set(id, next);
      return next;
    }
    const run = store
      .get(id)
      .then((link) => (link ? index(link) : unindex(id)))
      .catch((err: unknown) => onError(err, id))
      .finally(() => refreshing.delete(id));
    refreshing.set(id, run);
    return run;
  };

  // Watch before the first read, so a change made while it runs is not missed.
  const noticed: string[] = [];
  let loaded = false;
  const unwatch = store.watch((id) => (loaded ? void refresh(id) : noticed.push(id)));
  for (const link of await store.list()) index(link);
  loaded = true;
  for (const id of noticed) void refresh(id);

  return {
    get: (id) => byId.get(id),
    byRepository: (repository) => byRepo.get(repositoryKey(repository)) ?? [],
    all: () => [...byId.values()],
    async settled() {
      while (refreshing.size || queued.size) await Promise.all([...refreshing.values(), ...queued.values()]);
    },
    refresh,
    close: unwatch,
  };
}

/**
 * `store` whose writes resolve only once `cache` holds their result: a link written through
 * this replica routes here from the moment its write is answered, without waiting for the
 * change notice (other replicas wait for theirs). Reads go to the store.
 */
export function writeThrough(store: LinkStore, cache: Pick<LinkCache, 'refresh'>): LinkStore {
  const after = async <T>(write: Promise<T>, id: (result: T) => string | undefined): Promise<T> => {
    const result = await write;
    const changed = id(result);
    if (changed !== undefined) await cache.refresh(changed);
    return result;
  };
  return {
    list: () => store.list(),
    get: (id) => store.get(id),
    byRepository: (repository) => store.byRepository(repository),
    byCapability: (hash) => store.byCapability(hash),
    create: (input) => after(store.create(input), (link) => link.id),
    update: (id, patch) => after(store.update(id, patch), (link) => link?.id),
    recordDelivery: (id, outcome, failingAfter) => after(store.recordDelivery(id, outcome, failingAfter), (link) => link?.id),
    delete: (id) => after(store.delete(id), (deleted) => (deleted ? id : undefined)),
    watch: (changed) => store.watch(changed),
    close: () => store.close(),
  };
}
