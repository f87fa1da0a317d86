/**
 * An in-memory LinkStore for delivery tests and benches: links are made from a webhook URL in
 * one call (`put`), and every `update` is kept in `updates` so tests can check health changes.
 */
import { DEFAULT_LINK_OPTIONS, type Link, type LinkPatch, type LinkStore } from '../../src/links/link.js';

export interface MemoryLinks extends LinkStore {
  /** Adds (or replaces) a link with this id and webhook URL. */
  put(id: string, webhookUrl: string): Link;
  updates: Array<{ id: string; patch: LinkPatch }>;
}

export function createMemoryLinks(): MemoryLinks {
  const links = new Map<string, Link>();
  const updates: MemoryLinks['updates'] = [];
  const put = (id: string, webhookUrl: string): Link => {
    const now = new Date().toISOString();
    const link: Link = {
      id,
      repository: 'octo/repo',
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
    return link;
  };
  return {
    put,
    updates,
    list: () => [...links.values()],
    get: (id) => links.get(id),
    byRepository: (repository) => [...links.values()].filter((l) => l.repository.toLowerCase() === repository.toLowerCase()),
    async create(input) {
      return put(`link-${links.size + 1}`, input.webhookUrl);
    },
    async update(id, patch) {
      const current = links.get(id);
      if (!current) return undefined;
      updates.push({ id, patch });
      const { lastError, options, ...rest } = patch;
      const next: Link = { ...current, ...(rest as Partial<Link>), options: { ...current.options, ...options } };
      if (lastError === null) delete next.lastError;
      else if (lastError !== undefined) next.lastError = lastError;
      links.set(id, next);
      return next;
    },
    async delete(id) {
      return links.delete(id);
    },
    async close() {},
  };
}
