/**
 * Links in PostgreSQL, shared by every replica. The webhook URL (a credential) is stored only
 * sealed with ENCRYPTION_KEY; what the uniqueness rule needs of it is its target key. Every write
 * NOTIFYs `bridge_links` with the link's id in its own transaction, so each replica's cache hears
 * of it once it is committed.
 */
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { listen } from '../db/listener.js';
import { storableJson, storableText, transaction, UNIQUE_VIOLATION, type Postgres } from '../db/postgres.js';
import type { SecretBox } from '../util/secret-box.js';
import type { Link, LinkInput, LinkPatch } from './link.js';
import { applyPatch, newLink, repositoryKey, uniquenessKey } from './link-rules.js';
import { LinkConflictError, type LinkStore } from './link-store.js';

interface LinkRow {
  id: string;
  repository_key: string;
  target: string;
  capability_hash: string | null;
  webhook_url_sealed: string;
  doc: Pick<Link, 'repository' | 'events' | 'branches' | 'filters' | 'options' | 'delivery' | 'createdBy' | 'teams' | 'hookId' | 'paused'>;
  health: Link['health'];
  consecutive_failures: number;
  last_error: string | null;
  created_at: number;
  updated_at: number;
}

const COLUMNS = `id, repository_key, target, capability_hash, webhook_url_sealed, doc, health, consecutive_failures, last_error, created_at, updated_at`;
const UNIQUE_PAIR = 'links_repository_key_target_key';

export interface PostgresLinkStore extends LinkStore {
  /** Inserts a link as it is, id and times included (moving up from lowdb); false when the id exists. */
  adopt(link: Link): Promise<boolean>;
}

export async function openPostgresLinkStore(db: Postgres, box: SecretBox): Promise<PostgresLinkStore> {
  const { pool } = db;
  const channel = db.channel('bridge_links');

  const toLink = (r: LinkRow): Link => {
    const { repository, events, branches, filters, options, delivery, createdBy, teams, hookId, paused } = r.doc;
    return {
      id: r.id,
      repository,
      webhookUrl: box.open(r.webhook_url_sealed),
      events,
      branches,
      ...(filters && { filters }),
      options,
      ...(delivery && { delivery }),
      health: r.health,
      consecutiveFailures: r.consecutive_failures,
      ...(r.last_error !== null && { lastError: r.last_error }),
      createdAt: new Date(r.created_at).toISOString(),
      updatedAt: new Date(r.updated_at).toISOString(),
      createdBy,
      ...(teams && { teams }),
      ...(r.capability_hash !== null && { capabilityHash: r.capability_hash }),
      ...(hookId !== undefined && { hookId }),
      ...(paused && { paused }),
    };
  };

  /** The row's values for `link`, $1…$11 in COLUMNS order; the URL is sealed afresh only when it changed. */
  const toParams = (link: Link, sealed?: string): unknown[] => {
    const { repositoryKey: key, target } = uniquenessKey(link);
    const doc: LinkRow['doc'] = {
      repository: link.repository,
      events: link.events,
      branches: link.branches,
      ...(link.filters && { filters: link.filters }),
      options: link.options,
      ...(link.delivery && { delivery: link.delivery }),
      createdBy: link.createdBy,
      ...(link.teams && { teams: link.teams }),
      ...(link.hookId !== undefined && { hookId: link.hookId }),
      ...(link.paused && { paused: link.paused }),
    };
    return [
      link.id,
      key,
      target,
      link.capabilityHash ?? null,
      sealed ?? box.seal(link.webhookUrl),
      storableJson(doc),
      link.health,
      link.consecutiveFailures,
      link.lastError === undefined ? null : storableText(link.lastError),
      Date.parse(link.createdAt),
      Date.parse(link.updatedAt),
    ];
  };

  /** A unique violation of (repository, webhook) as the conflict it means; anything else as it is. */
  const conflictOr = async (err: unknown, link: Link): Promise<never> => {
    if ((err as pg.DatabaseError).code !== UNIQUE_VIOLATION || (err as pg.DatabaseError).constraint !== UNIQUE_PAIR) throw err;
    const { repositoryKey: key, target } = uniquenessKey(link);
    const existing = await pool.query<{ id: string }>('SELECT id FROM links WHERE repository_key = $1 AND target = $2', [key, target]);
    throw new LinkConflictError(existing.rows[0]?.id ?? '');
  };

  const select = async (where: string, params: unknown[]): Promise<Link[]> =>
    (await pool.query<LinkRow>(`SELECT ${COLUMNS} FROM links ${where}`, params)).rows.map(toLink);

  /** Runs a statement whose RETURNING rows are links it changed, notifying each in the same statement. */
  const writeAndNotify = async (q: pg.Pool | pg.PoolClient, sql: string, params: unknown[]): Promise<LinkRow | undefined> => {
    const n = params.length + 1;
    const res = await q.query<LinkRow>(
      `WITH changed AS (${sql} RETURNING ${COLUMNS}) SELECT changed.*, pg_notify($${n}, changed.id || ' ' || changed.updated_at) FROM changed`,
      [...params, channel],
    );
    return res.rows[0];
  };

  const watchers = new Set<(id: string) => void>();
  const fire = (id: string) => {
    for (const w of watchers) w(id);
  };
  // Each link's updated_at as last heard of, to tell after a reconnect what changed meanwhile.
  // A notification says `<id> <updated_at>` for a write and `<id>` for a delete.
  const versions = async () => new Map((await pool.query<{ id: string; updated_at: number }>('SELECT id, updated_at FROM links')).rows.map((r) => [r.id, r.updated_at]));
  let known = await versions();
  const listener = await listen(db, channel, {
    onNotify(payload) {
      const [id = '', version] = payload.split(' ');
      if (version === undefined) known.delete(id);
      else known.set(id, Number(version));
      fire(id);
    },
    onReconnect() {
      versions().then(
        (now) => {
          const before = known;
          known = now;
          for (const id of new Set([...before.keys(), ...now.keys()])) if (before.get(id) !== now.get(id)) fire(id);
        },
        () => undefined,
      );
    },
  });

  return {
    list: () => select('ORDER BY created_at, id', []),
    get: async (id) => (await select('WHERE id = $1', [id]))[0],
    byRepository: (repository) => select('WHERE repository_key = $1 ORDER BY created_at, id', [repositoryKey(repository)]),
    byCapability: async (hash) => (await select('WHERE capability_hash = $1', [hash]))[0],
    async create(input: LinkInput) {
      const link = newLink(input, randomUUID(), new Date());
      try {
        return toLink((await writeAndNotify(pool, `INSERT INTO links (${COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`, toParams(link)))!);
      } catch (err) {
        return conflictOr(err, link);
      }
    },
    async update(id: string, patch: LinkPatch) {
      let next: Link | undefined;
      try {
        return await transaction(pool, async (client) => {
          // The row stays locked until commit: two replicas' patches apply one after the other.
          const row = (await client.query<LinkRow>(`SELECT ${COLUMNS} FROM links WHERE id = $1 FOR UPDATE`, [id])).rows[0];
          if (!row) return undefined;
          const current = toLink(row);
          next = applyPatch(current, patch, new Date());
          const sealed = next.webhookUrl === current.webhookUrl ? row.webhook_url_sealed : undefined;
          const written = await writeAndNotify(
            client,
            `UPDATE links SET (repository_key, target, capability_hash, webhook_url_sealed, doc, health, consecutive_failures, last_error, created_at, updated_at)
              = ($2, $3, $4, $5, $6, $7, $8, $9, $10, $11) WHERE id = $1`,
            toParams(next, sealed),
          );
          return toLink(written!);
        });
      } catch (err) {
        return conflictOr(err, next!);
      }
    },
    async recordDelivery(id, outcome, failingAfter) {
      const now = Date.now();
      // One statement each, so concurrent outcomes from several replicas all count. These are the
      // SQL form of link-rules' healthAfter; the contract suite holds the two together.
      const row = outcome.ok
        ? await writeAndNotify(
            pool,
            `UPDATE links SET consecutive_failures = 0, health = 'active', last_error = NULL, updated_at = $2
              WHERE id = $1 AND (consecutive_failures <> 0 OR health <> 'active' OR last_error IS NOT NULL)`,
            [id, now],
          )
        : await writeAndNotify(
            pool,
            `UPDATE links SET consecutive_failures = consecutive_failures + 1, last_error = $2,
              health = CASE WHEN $5::boolean THEN 'dead' WHEN consecutive_failures + 1 >= $3 OR health = 'dead' THEN 'failing' ELSE health END,
              updated_at = $4
              WHERE id = $1`,
            [id, storableText(outcome.error), failingAfter, now, outcome.refused === true],
          );
      if (row) return toLink(row);
      return outcome.ok ? (await select('WHERE id = $1', [id]))[0] : undefined;
    },
    async adopt(link) {
      try {
        return (await writeAndNotify(pool, `INSERT INTO links (${COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT (id) DO NOTHING`, toParams(link))) !== undefined;
      } catch (err) {
        return conflictOr(err, link);
      }
    },
    async delete(id) {
      // No version in the notification: the link is gone.
      const res = await pool.query(`WITH gone AS (DELETE FROM links WHERE id = $1 RETURNING id) SELECT pg_notify($2, gone.id) FROM gone`, [id, channel]);
      return res.rowCount === 1;
    },
    watch(changed) {
      const own = (id: string) => changed(id);
      watchers.add(own);
      return () => watchers.delete(own);
    },
    close: () => listener.stop(),
  };
}
