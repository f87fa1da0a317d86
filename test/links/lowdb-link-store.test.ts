import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { openLowdbLinkStore } from '../../src/links/lowdb-link-store.js';
import { createSecretBox } from '../../src/util/secret-box.js';

const URL_A = 'https://contoso.webhook.office.com/webhookb2/aaa/IncomingWebhook/bbb/ccc?sig=TOPSECRET';

t.test('links persist encrypted and reload with the repository index', async (t) => {
  const file = join(mkdtempSync(join(tmpdir(), 'gtb-links-')), 'links.json');
  const box = createSecretBox(randomBytes(32));
  const store = await openLowdbLinkStore(file, box);
  const a = await store.create({ repository: 'Octo-Org/Hello-World', webhookUrl: URL_A });
  const b = await store.create({ repository: 'octo-org/other', webhookUrl: URL_A, events: ['*'], branches: ['release/*'] });
  t.same(a.events, ['issues', 'pulls', 'commits', 'releases', 'deployments'], 'default features');
  t.same(a.options, { drafts: false, synchronize: false, workflowSuccesses: false, mentions: true });
  t.same(store.byRepository('octo-org/hello-world').map((l) => l.id), [a.id], 'case-insensitive');
  await store.close();

  const onDisk = readFileSync(file, 'utf8');
  t.notMatch(onDisk, /TOPSECRET|webhookb2/, 'webhook URL is not stored in clear');
  t.match(onDisk, /Octo-Org\/Hello-World/);

  const reopened = await openLowdbLinkStore(file, box);
  t.equal(reopened.get(a.id)?.webhookUrl, URL_A);
  t.same(reopened.get(b.id)?.branches, ['release/*']);
  t.equal(reopened.list().length, 2);

  const updated = await reopened.update(a.id, { events: ['issues'], options: { drafts: true }, lastError: 'boom', health: 'failing' });
  t.same(updated?.events, ['issues']);
  t.same(updated?.options, { drafts: true, synchronize: false, workflowSuccesses: false, mentions: true });
  t.equal(updated?.lastError, 'boom');
  const cleared = await reopened.update(a.id, { lastError: null, health: 'active' });
  t.notOk('lastError' in cleared!, 'null clears lastError');
  t.equal(await reopened.update('missing', { events: ['issues'] }), undefined);

  t.ok(await reopened.delete(a.id));
  t.notOk(await reopened.delete(a.id));
  t.same(reopened.byRepository('OCTO-ORG/HELLO-WORLD'), []);
  await reopened.close();

  await t.rejects(async () => {
    const wrongKey = await openLowdbLinkStore(file, createSecretBox(randomBytes(32)));
    await wrongKey.close();
  }, 'a wrong key cannot open the sealed URLs');
});
