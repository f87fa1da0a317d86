/**
 * An in-memory LinkStore (the asynchronous contract of src/links/link-store.ts) for delivery
 * tests and benches, run through the link-store contract suite like the real stores. `put` makes
 * a link from a webhook URL in one call, and every `recordDelivery` call is kept in
 * `healthWrites` so tests can check which outcomes the worker asked to write. Several workers
 * may share one instance, as replicas share one database; `watch` calls come after the write, as
 * a NOTIFY would. Defaults, patches, uniqueness and health moves are link-rules.ts's.
 *
 * Leaves out: persistence, sealing the webhook URL, write failures, and several replicas each
 * with a store of their own (share one instance instead).
 */
import { randomUUID } from 'node:crypto';
import type { Link, LinkPatch } from '../../src/links/link.js';
import { applyPatch, healthAfter, newLink, repositoryKey, uniquenessKey } from '../../src/links/link-rules.js';
import { LinkConflictError, type DeliveryOutcomeForHealth, type LinkStore } from '../../src/links/link-store.js';

export interface MemoryLinkStore extends LinkStore {
  /** Adds (or replaces) a link with this id and webhook URL, for repository `octo/<id>`, every event. */
  put(id: string, webhookUrl: string): Link;
  healthWrites: Array<{ id: string; outcome: DeliveryOutcomeForHealth }>;
}

export function createMemoryLinkStore(): MemoryLinkStore {
  const links = new Map<string, Link>();
  const watchers = new Set<(id: string) => void>();
  const healthWrites: MemoryLinkStore['healthWrites'] = [];
  const changed = (id: string) => setImmediate(() => [...watchers].forEach((w) => w(id)));
  const copy = (link: Link | undefined) => link && structuredClone(link);
  const samePair = (a: Link, b: Link) => {
    const [x, y] = [uniquenessKey(a), uniquenessKey(b)];
    return x.repositoryKey === y.repositoryKey && x.target === y.target;
  };
  const checkUnique = (link: Link) => {
    const holder = [...links.values()].find((l) => l.id !== link.id && samePair(l, link));
    if (holder) throw new LinkConflictError(holder.id);
  };
  const write = (link: Link) => {
    links.set(link.id, link);
    changed(link.id);
    return copy(link)!;
  };

  return {
    put: (id, webhookUrl) => write(newLink({ repository: `octo/${id}`, webhookUrl, events: ['*'] }, id, new Date())),
    healthWrites,
    list: async () => [...links.values()].map((l) => copy(l)!),
    get: async (id) => copy(links.get(id)),
    byRepository: async (repository) => [...links.values()].filter((l) => repositoryKey(l.repository) === repositoryKey(repository)).map((l) => copy(l)!),
    byCapability: async (hash) => copy([...links.values()].find((l) => l.capabilityHash === hash)),
    async create(input) {
      const link = newLink(input, randomUUID(), new Date());
      checkUnique(link);
      return write(link);
    },
    async update(id, patch: LinkPatch) {
      const current = links.get(id);
      if (!current) return undefined;
      const next = applyPatch(current, patch, new Date());
      checkUnique(next);
      return write(next);
    },
    async recordDelivery(id, outcome, failingAfter) {
      const current = links.get(id);
      if (!current) return undefined;
      healthWrites.push({ id, outcome });
      const patch = healthAfter(current, outcome, failingAfter);
      return patch ? write(applyPatch(current, patch, new Date())) : copy(current);
    },
    async delete(id) {
      const had = links.delete(id);
      if (had) changed(id);
      return had;
    },
    watch(fn) {
      const own = (id: string) => fn(id);
      watchers.add(own);
      return () => void watchers.delete(own);
    },
    async close() {},
  };
}
