import { randomUUID } from 'node:crypto';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
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

/**
 * Links in a lowdb JSON file (`DATA_DIR/links.json`), with the decrypted links and a
 * repository index held in memory so routing an event never touches the file. Uses `Low`
 * with `JSONFile` directly: `JSONFilePreset` silently stays in memory under NODE_ENV=test.
 */
export async function openLowdbLinkStore(file: string, box: SecretBox): Promise<LinkStore> {
  const db = new Low<LinksFile>(new JSONFile<LinksFile>(file), { version: 1, links: [] });
  await db.read();
  const byId = new Map<string, Link>();
  const byRepo = new Map<string, Link[]>();

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
  const toStored = ({ webhookUrl, ...rest }: Link): StoredLink => ({ ...rest, webhookUrlSealed: box.seal(webhookUrl) });

  for (const { webhookUrlSealed, ...rest } of db.data.links) index({ ...rest, webhookUrl: box.open(webhookUrlSealed) });

  // lowdb rewrites the whole file per write; chaining keeps writes ordered and never concurrent.
  let writing: Promise<void> = Promise.resolve();
  const persist = () => {
    const links = [...byId.values()].map(toStored);
    writing = writing.then(() => {
      db.data = { version: 1, links };
      return db.write();
    });
    return writing;
  };

  return {
    list: () => [...byId.values()],
    get: (id) => byId.get(id),
    byRepository: (repository) => byRepo.get(repoKey(repository)) ?? [],
    async create(input: LinkInput) {
      const link = newLink(input, randomUUID(), new Date());
      index(link);
      await persist();
      return link;
    },
    async update(id: string, patch: LinkPatch) {
      const current = byId.get(id);
      if (!current) return undefined;
      const next = applyPatch(current, patch, new Date());
      unindex(current);
      index(next);
      await persist();
      return next;
    },
    async delete(id: string) {
      const current = byId.get(id);
      if (!current) return false;
      unindex(current);
      await persist();
      return true;
    },
    async close() {
      await writing;
    },
  };
}
