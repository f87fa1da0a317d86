import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { PROJECT_ROOT } from '../../src/util/paths.js';
import { startServerProcess } from '../helpers/server-process.js';

t.test('first start on an empty DATA_DIR prints working instructions once', async (t) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'gtb-first-'));
  t.teardown(() => rmSync(dataDir, { recursive: true, force: true }));
  const first = await startServerProcess({ DATA_DIR: dataDir, PUBLIC_URL: 'https://bridge.example.com' });
  await new Promise((r) => setTimeout(r, 200));
  first.child.kill('SIGTERM');
  t.equal(await first.exited, 0);
  const secrets = JSON.parse(readFileSync(join(dataDir, 'secrets.json'), 'utf8'));
  t.equal(statSync(join(dataDir, 'secrets.json')).mode & 0o777, 0o600);
  const out = first.output();
  t.match(out, 'Payload URL:   https://bridge.example.com/api/github/webhooks');
  t.match(out, `Secret:        ${secrets.GITHUB_WEBHOOK_SECRET}`);
  t.match(out, `Authorization: Bearer ${secrets.ADMIN_TOKEN}`);
  t.match(out, 'Content type:  application/json');
  t.notMatch(out, secrets.ENCRYPTION_KEY, 'the encryption key is never printed');

  const second = await startServerProcess({ DATA_DIR: dataDir });
  second.child.kill('SIGTERM');
  t.equal(await second.exited, 0);
  t.notMatch(second.output(), secrets.GITHUB_WEBHOOK_SECRET, 'secrets are printed only at the first start');
});

t.test('a bad setting stops the server with one line naming it', async (t) => {
  const res = spawnSync(process.execPath, [join(PROJECT_ROOT, 'dist', 'src', 'server.js')], {
    env: { PATH: process.env.PATH, PORT: 'eighty', DATA_DIR: mkdtempSync(join(tmpdir(), 'gtb-bad-')) },
    encoding: 'utf8',
  });
  t.equal(res.status, 1);
  t.equal(res.stderr.trim().split('\n').length, 1);
  t.match(res.stderr, /^Invalid configuration: PORT /);
});
