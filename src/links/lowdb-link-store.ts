/**
 * Links in a lowdb JSON file (`DATA_DIR/links.json`), the embedded LinkStore of one process. The
 * decrypted links and their indexes (repository, capability, uniqueness pair) are held in memory,
 * so reads never touch the file. Uses `Low` with a durable adapter (see DurableJsonFile): lowdb's
 * JSONFile syncs nothing, and `JSONFilePreset` silently stays in memory under NODE_ENV=test.
 *
 * Memory follows the file: a change reaches the in-memory links only once it is written, so a
 * link whose creation failed (answered 503) never routes a card. Changes run one at a time, each
 * after the previous one settled, which is what makes the uniqueness check and the health update
 * atomic here; a failed write leaves nothing behind that would fail the next. Defaults, patches,
 * the uniqueness key and health moves are link-rules.ts's.
 */
import { randomUUID } from 'node:crypto';
import { Low } from 'lowdb';
import { DataDirError } from '../util/data-dir.js';
import { DurableJsonFile } from '../util/durable-json-file.js';
import type { SecretBox } from '../util/secret-box.js';
import type { Link, LinkInput, LinkPatch } from './link.js';
import { applyPatch, healthAfter, newLink, repositoryKey, uniquenessKey } from './link-rules.js';
import { LinkConflictError, type LinkStore } from './link-store.js';

/** A link as written to links.json: the webhook URL only in sealed form. */
type StoredLink = Omit<Link, 'webhookUrl'> & { webhookUrlSealed: string };

interface LinksFile {
  version: 1;
  links: StoredLink[];
}

const shapeProblem = (data: unknown) => (Array.isArray((data as Partial<LinksFile> | null)?.links) ? undefined : 'has no "links" list');

const pairOf = (link: Pick<Link, 'repository' | 'webhookUrl'>) => {
  const { repositoryKey: repository, target } = uniquenessKey(link);
  return `${repository}\n${target}`;
};

/** Callers get their own copy: nothing they do to it reaches the store's memory. */
const copy = (link: Link | undefined) => link && structuredClone(link);

export async function openLowdbLinkStore(file: string, box: SecretBox): Promise<LinkStore> {
  const adapter = new DurableJsonFile<LinksFile>(file, { holds: 'links', check: shapeProblem });
  const db = new Low<LinksFile>(adapter, { version: 1, links: [] });
  await db.read();
  const byId = new Map<string, Link>();
  const byRepo = new Map<string, Link[]>();
  const byCapability = new Map<string, Link>();
  /** Uniqueness key → the id of the link holding it. */
  const byPair = new Map<string, string>();
  /** Each link as written, so a change seals only its own URL. */
  const stored = new Map<string, StoredLink>();

  const index = (link: Link) => {
    byId.set(link.id, link);
    const key = repositoryKey(link.repository);
    byRepo.set(key, [...(byRepo.get(key) ?? []), link]);
    if (link.capabilityHash) byCapability.set(link.capabilityHash, link);
    byPair.set(pairOf(link), link.id);
  };
  const unindex = (link: Link) => {
    byId.delete(link.id);
    const key = repositoryKey(link.repository);
    const rest = (byRepo.get(key) ?? []).filter((l) => l.id !== link.id);
    if (rest.length) byRepo.set(key, rest);
    else byRepo.delete(key);
    if (link.capabilityHash && byCapability.get(link.capabilityHash) === link) byCapability.delete(link.capabilityHash);
    if (byPair.get(pairOf(link)) === link.id) byPair.delete(pairOf(link));
  };

  for (const entry of db.data.links) {
    const { webhookUrlSealed, ...rest } = entry;
    let webhookUrl: string;
    try {
      webhookUrl = box.open(webhookUrlSealed);
    } catch {
      throw new DataDirError(`${file}: the webhook URLs cannot be decrypted; ENCRYPTION_KEY is not the key they were sealed with`);
    }
    index({ ...rest, webhookUrl });
    stored.set(entry.id, entry);
  }

  let tail: Promise<unknown> = Promise.resolve();
  /** Runs a change after the previous one has settled, whatever its outcome. */
  const serially = <T>(change: () => Promise<T>): Promise<T> => {
    const run = tail.then(change);
    tail = run.catch(() => undefined);
    return run;
  };

  const watchers = new Set<(id: string) => void>();
  // Called after the write, never inside the writer's call, as a NOTIFY would be.
  const changed = (id: string) =>
    setImmediate(() => {
      for (const w of [...watchers]) w(id);
    });

  /** Refuses `link` when another link holds its (repository, webhook) pair. */
  const checkUnique = (link: Link) => {
    const holder = byPair.get(pairOf(link));
    if (holder !== undefined && holder !== link.id) throw new LinkConflictError(holder);
  };

  /** Writes the file with link `id` replaced by `next` (or removed), then changes memory to match. */
  const commit = async (id: string, next: Link | undefined) => {
    const current = byId.get(id);
    let sealed: StoredLink | undefined;
    if (next) {
      const { webhookUrl, ...rest } = next;
      const before = stored.get(id);
      sealed = { ...rest, webhookUrlSealed: before && current?.webhookUrl === webhookUrl ? before.webhookUrlSealed : box.seal(webhookUrl) };
    }
    const links: StoredLink[] = [];
    for (const [key, entry] of stored) {
      if (key !== id) links.push(entry);
      else if (sealed) links.push(sealed);
    }
    if (sealed && !stored.has(id)) links.push(sealed);
    db.data = { version: 1, links };
    await db.write();
    if (sealed) stored.set(id, sealed);
    else stored.delete(id);
    if (current) unindex(current);
    if (next) index(next);
    changed(id);
  };

  return {
    list: async () => [...byId.values()].map((l) => copy(l)!),
    get: async (id) => copy(byId.get(id)),
    byRepository: async (repository) => (byRepo.get(repositoryKey(repository)) ?? []).map((l) => copy(l)!),
    byCapability: async (hash) => copy(byCapability.get(hash)),
    create: (input: LinkInput) =>
      serially(async () => {
        const link = newLink(input, randomUUID(), new Date());
        checkUnique(link);
        await commit(link.id, link);
        return copy(link)!;
      }),
    update: (id: string, patch: LinkPatch) =>
      serially(async () => {
        const current = byId.get(id);
        if (!current) return undefined;
        const next = applyPatch(current, patch, new Date());
        checkUnique(next);
        await commit(id, next);
        return copy(next);
      }),
    recordDelivery: (id, outcome, failingAfter) =>
      serially(async () => {
        const current = byId.get(id);
        if (!current) return undefined;
        const patch = healthAfter(current, outcome, failingAfter);
        // A success on a healthy link, the common case, writes nothing.
        if (!patch) return copy(current);
        const next = applyPatch(current, patch, new Date());
        await commit(id, next);
        return copy(next);
      }),
    delete: (id: string) =>
      serially(async () => {
        if (!byId.has(id)) return false;
        await commit(id, undefined);
        return true;
      }),
    watch(fn) {
      const own = (id: string) => fn(id);
      watchers.add(own);
      return () => void watchers.delete(own);
    },
    async close() {
      await tail;
    },
  };
}
