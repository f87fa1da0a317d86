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

  // One refresh per link at a time; a notice that arrives meanwhile asks for one more, so the
  // last read always starts after the last write it was told of.
  const refreshing = new Map<string, Promise<void>>();
  const again = new Set<string>();
  const refresh = (id: string): Promise<void> => {
    const running = refreshing.get(id);
    if (running) {
      again.add(id);
      return running;
    }
    const run = store
      .get(id)
      .then((link) => (link ? index(link) : unindex(id)))
      .catch((err: unknown) => onError(err, id))
      .finally(() => {
        refreshing.delete(id);
        if (again.delete(id)) void refresh(id);
      });
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
      while (refreshing.size) await Promise.all([...refreshing.values()]);
    },
    close: unwatch,
  };
}
