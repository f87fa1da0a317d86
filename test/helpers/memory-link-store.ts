/**
 * An in-memory LinkStore (the asynchronous contract of src/links/link-store.ts) for delivery
 * tests and benches: `put` makes a link from a webhook URL in one call, and every health write
 * is kept in `healthWrites` so tests can check which outcomes were written. Several workers may
 * share one instance, as replicas share one database; `watch` calls come after the write, as a
 * NOTIFY would.
 *
 * Leaves out: persistence, sealing the webhook URL, the capability index beyond a scan.
 */
import { randomUUID } from 'node:crypto';
import { DEFAULT_FEATURES } from '../../src/links/features.js';
import { DEFAULT_LINK_OPTIONS, type Link, type LinkPatch } from '../../src/links/link.js';
import { LinkConflictError, type DeliveryOutcomeForHealth, type LinkStore } from '../../src/links/link-store.js';
import { targetKeyOf } from '../../src/links/target-key.js';

export interface MemoryLinkStore extends LinkStore {
  /** Adds (or replaces) a link with this id and webhook URL. */
  put(id: string, webhookUrl: string): Link;
  healthWrites: Array<{ id: string; outcome: DeliveryOutcomeForHealth }>;
}

export function createMemoryLinkStore(): MemoryLinkStore {
  const links = new Map<string, Link>();
  const watchers = new Set<(id: string) => void>();
  const healthWrites: MemoryLinkStore['healthWrites'] = [];
  const changed = (id: string) => setImmediate(() => [...watchers].forEach((w) => w(id)));
  const copy = (link: Link | undefined) => link && structuredClone(link);
  const conflict = (repository: string, webhookUrl: string, except?: string) =>
    [...links.values()].find(
      (l) => l.id !== except && l.repository.toLowerCase() === repository.toLowerCase() && targetKeyOf(l.webhookUrl) === targetKeyOf(webhookUrl),
    );

  const put = (id: string, webhookUrl: string): Link => {
    const now = new Date().toISOString();
    const link: Link = {
      id,
      repository: `octo/${id}`,
      webhookUrl,
      events: ['*'],
      branches: [],
      options: { ...DEFAULT_LINK_OPTIONS },
      health: 'active',
      consecutiveFailures: 0,
      createdAt: now,
      updatedAt: now,
      createdBy: 'admin',
    };
    links.set(id, link);
    changed(id);
    return copy(link)!;
  };

  return {
    put,
    healthWrites,
    list: async () => [...links.values()].map((l) => copy(l)!),
    get: async (id) => copy(links.get(id)),
    byRepository: async (repository) => [...links.values()].filter((l) => l.repository.toLowerCase() === repository.toLowerCase()).map((l) => copy(l)!),
    byCapability: async (hash) => copy([...links.values()].find((l) => l.capabilityHash === hash)),
    async create(input) {
      const existing = conflict(input.repository, input.webhookUrl);
      if (existing) throw new LinkConflictError(existing.id);
      const link = put(randomUUID(), input.webhookUrl);
      Object.assign(link, {
        repository: input.repository,
        events: input.events ?? [...DEFAULT_FEATURES],
        branches: input.branches ?? [],
        options: { ...DEFAULT_LINK_OPTIONS, ...input.options },
        createdBy: input.createdBy ?? 'admin',
      });
      links.set(link.id, link);
      return copy(link)!;
    },
    async update(id, patch: LinkPatch) {
      const current = links.get(id);
      if (!current) return undefined;
      const existing = conflict(patch.repository ?? current.repository, patch.webhookUrl ?? current.webhookUrl, id);
      if (existing) throw new LinkConflictError(existing.id);
      const { lastError, options, ...rest } = patch;
      const next: Link = { ...current, ...(rest as Partial<Link>), options: { ...current.options, ...options }, updatedAt: new Date().toISOString() };
      if (lastError === null) delete next.lastError;
      else if (lastError !== undefined) next.lastError = lastError;
      links.set(id, next);
      changed(id);
      return copy(next);
    },
    async recordDelivery(id, outcome, failingAfter) {
      const link = links.get(id);
      if (!link) return undefined;
      healthWrites.push({ id, outcome });
      if (outcome.ok) {
        Object.assign(link, { health: 'active', consecutiveFailures: 0 });
        delete link.lastError;
      } else {
        link.consecutiveFailures++;
        link.lastError = outcome.error;
        if (link.consecutiveFailures >= failingAfter) link.health = 'failing';
      }
      changed(id);
      return copy(link);
    },
    async delete(id) {
      const had = links.delete(id);
      if (had) changed(id);
      return had;
    },
    watch(fn) {
      watchers.add(fn);
      return () => watchers.delete(fn);
    },
    async close() {},
  };
}
