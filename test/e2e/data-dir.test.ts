/**
 * DATA_DIR holds secrets and every event body: the compiled server makes it private at start
 * (directory 0700, files 0600) whatever existed before, or refuses to start saying why.
 */
import { chmodSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { request } from 'undici';
import { PROJECT_ROOT } from '../../src/util/paths.js';
import { startServerProcess } from '../helpers/server-process.js';
import { mountSmallDisk } from '../helpers/small-disk.js';

const SECRET = 'data-dir-test-secret-123';
const ADMIN = 'data-dir-test-admin-token-0123456789';
const KEY = 'ab'.repeat(32);
const env = (dataDir: string) => ({ DATA_DIR: dataDir, GITHUB_WEBHOOK_SECRET: SECRET, ADMIN_TOKEN: ADMIN, ENCRYPTION_KEY: KEY, TEAMS_WEBHOOK_EXTRA_ORIGINS: 'http://127.0.0.1:9' });
const modeOf = (path: string) => (statSync(path).mode & 0o777).toString(8);
const modes = (dir: string) => Object.fromEntries(readdirSync(dir).map((name) => [name, modeOf(join(dir, name))]));

/** Runs the compiled server to its exit; for starts that must be refused. */
function startRefused(dataDir: string) {
  return spawnSync(process.execPath, [join(PROJECT_ROOT, 'dist', 'src', 'server.js')], {
    env: { PATH: process.env.PATH, PORT: '0', ...env(dataDir) },
    encoding: 'utf8',
  });
}

/** A running server with one link written, so every store file exists. */
async function runWithLink(dataDir: string) {
  const server = await startServerProcess(env(dataDir));
  for (let i = 0; i < 2; i++) {
    const res = await request(`${server.url}/api/links`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ repository: 'octo/private', webhookUrl: `http://127.0.0.1:9/hook/${i}` }),
    });
    await res.body.dump();
  }
  return server;
}

t.test('every file is 0600 and DATA_DIR 0700, on a fresh start and over an existing open DATA_DIR', async (t) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'gtb-perm-'));
  t.teardown(() => rmSync(dataDir, { recursive: true, force: true }));
  chmodSync(dataDir, 0o755);
  const first = await runWithLink(dataDir);
  const fresh = modes(dataDir);
  t.same(Object.keys(fresh).sort(), ['events.sqlite', 'events.sqlite-shm', 'events.sqlite-wal', 'incoming.sqlite', 'incoming.sqlite-shm', 'incoming.sqlite-wal', 'links.json', 'links.json.bak'], 'all the store files exist');
  t.same(Object.values(fresh), Object.values(fresh).map(() => '600'), `new files are private: ${JSON.stringify(fresh)}`);
  t.equal(modeOf(dataDir), '700');
  first.child.kill('SIGTERM');
  t.equal(await first.exited, 0);

  // As an older version or a looser umask left them (secrets.json from a first start without ENCRYPTION_KEY).
  chmodSync(dataDir, 0o755);
  writeFileSync(join(dataDir, 'secrets.json'), '{}\n', { mode: 0o644 });
  for (const name of readdirSync(dataDir)) chmodSync(join(dataDir, name), 0o644);
  const second = await runWithLink(dataDir);
  const fixed = modes(dataDir);
  t.same(Object.values(fixed), Object.values(fixed).map(() => '600'), `existing files made private: ${JSON.stringify(fixed)}`);
  t.equal(modeOf(dataDir), '700', 'the directory too');
  second.child.kill('SIGTERM');
  t.equal(await second.exited, 0);
});

t.test('a shared directory such as /tmp is refused as DATA_DIR, with one line saying why', async (t) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'gtb-shared-'));
  t.teardown(() => rmSync(dataDir, { recursive: true, force: true }));
  chmodSync(dataDir, 0o1777);
  const res = startRefused(dataDir);
  t.equal(res.status, 1);
  t.equal(res.stderr.trim(), `DATA_DIR ${dataDir} is a shared directory (sticky bit, mode 1777): give the bridge a directory of its own`);
  t.equal(modeOf(dataDir), '777', 'left as it was');
});

const disk = mountSmallDisk(1);
t.test('files that cannot be made private stop the start with one line naming them', { skip: typeof disk === 'string' && disk }, async (t) => {
  if (typeof disk === 'string') return;
  t.teardown(() => disk.unmount());
  writeFileSync(join(disk.dir, 'secrets.json'), '{}\n', { mode: 0o644 });
  chmodSync(disk.dir, 0o700);
  execFileSync('mount', ['-o', 'remount,ro', disk.dir]);
  const res = startRefused(disk.dir);
  execFileSync('mount', ['-o', 'remount,rw', disk.dir]);
  t.equal(res.status, 1);
  t.equal(res.stderr.trim().split('\n').length, 1, 'one line, no stack trace');
  t.match(res.stderr, `data file ${join(disk.dir, 'secrets.json')} is readable by other users (mode 0644) and cannot be made private (chmod 0600: EROFS)`);
});
