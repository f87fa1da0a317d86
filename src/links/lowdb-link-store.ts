import { randomUUID } from 'node:crypto';
import { Low } from 'lowdb';
import { DataDirError } from '../util/data-dir.js';
import { DurableJsonFile } from '../util/durable-json-file.js';
import type { SecretBox } from '../util/secret-box.js';
import type { Link, LinkInput, LinkPatch, LinkStore } from './link.js';
import { applyPatch, newLink } from './link-rules.js';

/** A link as written to links.json: the webhook URL only in sealed form. */
type StoredLink = Omit<Link, 'webhookUrl'> & { webhookUrlSealed: string };

interface LinksFile {
  version: 1;
  links: StoredLink[];
}

const repoKey = (repository: string) => repository.toLowerCase();

const shapeProblem = (data: unknown) =>
  Array.isArray((data as Partial<LinksFile> | null)?.links) ? undefined : 'has no "links" list';

/**
 * Links in a lowdb JSON file (`DATA_DIR/links.json`), with the decrypted links and a
 * repository index held in memory so routing an event never touches the file. Uses `Low`
 * with a durable adapter (see DurableJsonFile): lowdb's JSONFile syncs nothing, and
 * `JSONFilePreset` silently stays in memory under NODE_ENV=test.
 *
 * Memory follows the file: a change reaches the in-memory links only once it is written, so a
 * link whose creation failed (answered 503) never routes a card. Changes run one at a time,
 * each after the previous one settled, and a failed write leaves nothing behind that would
 * fail the next.
 */
export async function openLowdbLinkStore(file: string, box: SecretBox): Promise<LinkStore> {
  const adapter = new DurableJsonFile<LinksFile>(file, { holds: 'links', check: shapeProblem });
  const db = new Low<LinksFile>(adapter, { version: 1, links: [] });
  await db.read();
  const byId = new Map<string, Link>();
  const byRepo = new Map<string, Link[]>();
  /** Each link as written, so a change seals only its own URL. */
  const stored = new Map<string, StoredLink>();

  const index = (link: Link) => {
    byId.set(link.id, link);
    const key = repoKey(link.repository);
    byRepo.set(key, [...(byRepo.get(key) ?? []), link]);
  };
  const unindex = (link: Link) => {
    byId.delete(link.id);
    const key = repoKey(link.repository);
    const rest = (byRepo.get(key) ?? []).filter((l) => l.id !== link.id);
    if (rest.length) byRepo.set(key, rest);
    else byRepo.delete(key);
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
  };

  return {
    list: () => [...byId.values()],
    get: (id) => byId.get(id),
    byRepository: (repository) => byRepo.get(repoKey(repository)) ?? [],
    create: (input: LinkInput) =>
      serially(async () => {
        const link = newLink(input, randomUUID(), new Date());
        await commit(link.id, link);
        return link;
      }),
    update: (id: string, patch: LinkPatch) =>
      serially(async () => {
        const current = byId.get(id);
        if (!current) return undefined;
        const next = applyPatch(current, patch, new Date());
        await commit(id, next);
        return next;
      }),
    delete: (id: string) =>
      serially(async () => {
        if (!byId.has(id)) return false;
        await commit(id, undefined);
        return true;
      }),
    async close() {
      await tail;
    },
  };
}
