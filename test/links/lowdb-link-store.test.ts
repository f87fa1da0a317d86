import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { openLowdbLinkStore } from '../../src/links/lowdb-link-store.js';
import { createSecretBox } from '../../src/util/secret-box.js';
import { mountSmallDisk } from '../helpers/small-disk.js';

const URL_A = 'https://contoso.webhook.office.com/webhookb2/aaa/IncomingWebhook/bbb/ccc?sig=TOPSECRET';

t.test('links persist encrypted and reload with the repository index', async (t) => {
  const file = join(mkdtempSync(join(tmpdir(), 'gtb-links-')), 'links.json');
  const box = createSecretBox(randomBytes(32));
  const store = await openLowdbLinkStore(file, box);
  const a = await store.create({ repository: 'Octo-Org/Hello-World', webhookUrl: URL_A });
  const b = await store.create({ repository: 'octo-org/other', webhookUrl: URL_A, events: ['*'], branches: ['release/*'] });
  t.same(a.events, ['issues', 'pulls', 'commits', 'releases', 'deployments'], 'default features');
  t.same(a.options, { drafts: false, synchronize: false, workflowSuccesses: false, mentions: true });
  t.same((await store.byRepository('octo-org/hello-world')).map((l) => l.id), [a.id], 'case-insensitive');
  await store.close();

  const onDisk = readFileSync(file, 'utf8');
  t.notMatch(onDisk, /TOPSECRET|webhookb2/, 'webhook URL is not stored in clear');
  t.match(onDisk, /Octo-Org\/Hello-World/);

  const reopened = await openLowdbLinkStore(file, box);
  t.equal((await reopened.get(a.id))?.webhookUrl, URL_A);
  t.same((await reopened.get(b.id))?.branches, ['release/*']);
  t.equal((await reopened.list()).length, 2);

  const updated = await reopened.update(a.id, { events: ['issues'], options: { drafts: true }, lastError: 'boom', health: 'failing' });
  t.same(updated?.events, ['issues']);
  t.same(updated?.options, { drafts: true, synchronize: false, workflowSuccesses: false, mentions: true });
  t.equal(updated?.lastError, 'boom');
  const cleared = await reopened.update(a.id, { lastError: null, health: 'active' });
  t.notOk('lastError' in cleared!, 'null clears lastError');
  t.equal(await reopened.update('missing', { events: ['issues'] }), undefined);

  t.ok(await reopened.delete(a.id));
  t.notOk(await reopened.delete(a.id));
  t.same(await reopened.byRepository('OCTO-ORG/HELLO-WORLD'), []);
  await reopened.close();

  await t.rejects(async () => {
    const wrongKey = await openLowdbLinkStore(file, createSecretBox(randomBytes(32)));
    await wrongKey.close();
  }, 'a wrong key cannot open the sealed URLs');
});

const URL_B = 'https://contoso.webhook.office.com/webhookb2/bbb/IncomingWebhook/ccc/ddd?sig=OTHER';

t.test('a failed write changes nothing in memory, and the next write works', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'gtb-links-'));
  const file = join(dir, 'links.json');
  const box = createSecretBox(randomBytes(32));
  const store = await openLowdbLinkStore(file, box);
  const a = await store.create({ repository: 'octo/a', webhookUrl: URL_A });
  await new Promise((resolve) => setImmediate(resolve)); // a's own notice
  const heard: string[] = [];
  store.watch((id) => heard.push(id));
  // A directory where the temporary file goes makes every write fail, as a full disk would.
  mkdirSync(join(dir, '.links.json.tmp'));
  await t.rejects(store.create({ repository: 'octo/b', webhookUrl: URL_B }), { code: 'EISDIR' });
  t.same(await store.byRepository('octo/b'), [], 'a link whose creation failed routes nothing');
  t.same((await store.list()).map((l) => l.id), [a.id]);
  await t.rejects(store.update(a.id, { events: ['issues'], webhookUrl: URL_B }));
  t.same((await store.get(a.id))?.events, a.events, 'a failed update leaves the link as it was');
  t.equal((await store.get(a.id))?.webhookUrl, URL_A);
  await t.rejects(store.delete(a.id));
  t.ok(await store.get(a.id), 'a failed delete leaves the link');
  await t.rejects(store.recordDelivery(a.id, { ok: false, error: 'HTTP 500' }, 1));
  t.match(await store.get(a.id), { health: 'active', consecutiveFailures: 0 }, 'a failed health write leaves the health');
  await new Promise((resolve) => setImmediate(resolve));
  t.same(heard, [], 'no watcher hears of a change that was not written');

  rmdirSync(join(dir, '.links.json.tmp'));
  const c = await store.create({ repository: 'octo/c', webhookUrl: URL_B });
  t.ok(await store.get(c.id), 'the next write works');
  t.ok(await store.create({ repository: 'octo/b', webhookUrl: URL_B }), 'a create that failed holds no (repository, webhook) pair');
  await store.close();
  const reopened = await openLowdbLinkStore(file, box);
  t.same((await reopened.list()).map((l) => l.repository).sort(), ['octo/a', 'octo/b', 'octo/c'], 'memory and disk agree');
  await reopened.close();
});

t.test('each write keeps the previous file as links.json.bak; a broken file is refused with what to restore', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'gtb-links-'));
  const file = join(dir, 'links.json');
  const box = createSecretBox(randomBytes(32));
  const store = await openLowdbLinkStore(file, box);
  await store.create({ repository: 'octo/a', webhookUrl: URL_A });
  const first = readFileSync(file, 'utf8');
  await store.create({ repository: 'octo/b', webhookUrl: URL_B });
  await store.close();
  t.equal(readFileSync(`${file}.bak`, 'utf8'), first, 'the backup is the previous version');
  t.equal(statSync(file).mode & 0o777, 0o600);
  t.equal(statSync(`${file}.bak`).mode & 0o777, 0o600);

  for (const [broken, problem] of [
    ['', /links\.json is empty\./],
    ['{"version":1,"links":[{"id":', /links\.json is not valid JSON \(.+\)\./],
    ['{"version":1}', /links\.json has no "links" list\./],
  ] as const) {
    writeFileSync(file, broken);
    const err = await openLowdbLinkStore(file, box).then(
      () => undefined,
      (e: Error) => e,
    );
    t.equal(err?.name, 'DataDirError', 'not a raw SyntaxError');
    t.match(err?.message, problem);
    t.match(err?.message, `restore it with \`cp ${file}.bak ${file}\``, 'names the backup to restore');
  }
  writeFileSync(file, '');
  writeFileSync(`${file}.bak`, '');
  await t.rejects(openLowdbLinkStore(file, box), { message: `${file} is empty. There is no good backup (${file}.bak is empty): move ${file} away to start with no links.` });

  writeFileSync(file, first);
  await t.rejects(openLowdbLinkStore(file, createSecretBox(randomBytes(32))), { name: 'DataDirError', message: /ENCRYPTION_KEY is not the key/ });
});

t.test('health moves are written and survive a reopen; a success on a healthy link writes nothing', async (t) => {
  const file = join(mkdtempSync(join(tmpdir(), 'gtb-links-')), 'links.json');
  const box = createSecretBox(randomBytes(32));
  const store = await openLowdbLinkStore(file, box);
  await store.create({ repository: 'octo/first', webhookUrl: URL_A });
  const link = await store.create({ repository: 'octo/a', webhookUrl: URL_A });
  const written = statSync(file).mtimeMs;
  const backup = readFileSync(`${file}.bak`, 'utf8');
  t.same(await store.recordDelivery(link.id, { ok: true }, 2), link);
  t.equal(statSync(file).mtimeMs, written, 'the file was not rewritten');
  t.equal(readFileSync(`${file}.bak`, 'utf8'), backup, 'nor the backup rotated');
  await Promise.all([store.recordDelivery(link.id, { ok: false, error: 'HTTP 502' }, 2), store.recordDelivery(link.id, { ok: false, error: 'HTTP 404' }, 2)]);
  await store.close();
  const reopened = await openLowdbLinkStore(file, box);
  t.match(await reopened.get(link.id), { health: 'failing', consecutiveFailures: 2, lastError: 'HTTP 404' });
  await reopened.close();
});

const disk = mountSmallDisk(1);
t.test('on a full disk a write fails cleanly and the next one works once space returns', { skip: typeof disk === 'string' && disk }, async (t) => {
  if (typeof disk === 'string') return;
  t.teardown(() => disk.unmount());
  const file = join(disk.dir, 'links.json');
  const box = createSecretBox(randomBytes(32));
  const store = await openLowdbLinkStore(file, box);
  await store.create({ repository: 'octo/a', webhookUrl: URL_A });
  disk.fill();
  await t.rejects(store.create({ repository: 'octo/b', webhookUrl: URL_B }), { code: 'ENOSPC' });
  t.same(await store.byRepository('octo/b'), []);
  disk.free();
  await store.create({ repository: 'octo/c', webhookUrl: URL_B });
  await store.close();
  const reopened = await openLowdbLinkStore(file, box);
  t.same((await reopened.list()).map((l) => l.repository), ['octo/a', 'octo/c']);
  await reopened.close();
});
