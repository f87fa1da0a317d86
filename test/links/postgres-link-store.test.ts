/**
 * What the PostgreSQL link store does beyond the shared contract (test/contracts/link-store.contract.ts):
 * the webhook URL never sits in the database in clear, and changes missed while the LISTEN
 * connection was down are still reported.
 */
import { randomBytes } from 'node:crypto';
import t from 'tap';
import { openPostgres } from '../../src/db/postgres.js';
import { openPostgresLinkStore } from '../../src/links/postgres-link-store.js';
import { createSecretBox } from '../../src/util/secret-box.js';
import { terminateListeners, testPostgres } from '../helpers/postgres.js';
import { waitFor } from '../helpers/wait-for.js';

const box = createSecretBox(randomBytes(32));
const URL = 'https://contoso.webhook.office.com/webhookb2/a@b/IncomingWebhook/c/d/V2secretSignature';

t.test('the webhook URL is stored sealed', async (t) => {
  const db = await testPostgres(t);
  if (!db) return;
  const links = await openPostgresLinkStore(db, box);
  t.teardown(() => links.close());
  const link = await links.create({ repository: 'octo-org/octo-repo', webhookUrl: URL, teams: { channelName: 'General' } });
  const rows = (await db.pool.query('SELECT * FROM links')).rows;
  t.equal(rows.length, 1);
  t.notMatch(JSON.stringify(rows), /V2secretSignature|webhookb2/, 'no part of the URL in clear');
  t.equal(box.open(rows[0].webhook_url_sealed), URL);
  t.equal((await links.get(link.id))!.webhookUrl, URL);
  await t.rejects(openPostgresLinkStore(db, createSecretBox(randomBytes(32))).then((other) => other.list().finally(() => other.close())), 'another key cannot read it');
});

t.test('changes made while the LISTEN connection was down are reported after it is back', async (t) => {
  const db = await testPostgres(t);
  if (!db) return;
  const writer = await openPostgres({ url: db.url, schema: db.schema, poolSize: 2 });
  t.teardown(() => writer.close());
  const other = await openPostgresLinkStore(writer, box);
  t.teardown(() => other.close());
  const links = await openPostgresLinkStore(db, box);
  t.teardown(() => links.close());
  const seen = new Set<string>();
  links.watch((id) => seen.add(id));
  const reported = (ids: string[]) => waitFor(() => ids.every((id) => seen.has(id)), `changes of ${ids.join(', ')}`);
  const kept = await other.create({ repository: 'octo-org/kept', webhookUrl: URL });
  const changed = await other.create({ repository: 'octo-org/changed', webhookUrl: URL });
  const removed = await other.create({ repository: 'octo-org/removed', webhookUrl: URL });
  await reported([kept.id, changed.id, removed.id]);
  seen.clear();

  t.equal(await terminateListeners(db.channel('bridge_links')), 2, 'both stores lose their LISTEN connection');
  await other.update(changed.id, { branches: ['main'] });
  await other.delete(removed.id);
  await reported([changed.id, removed.id]).catch(() => undefined);
  t.ok(seen.has(changed.id), 'the update is reported');
  t.ok(seen.has(removed.id), 'the delete is reported');
  t.notOk(seen.has(kept.id), 'a link nobody changed is not');
});
