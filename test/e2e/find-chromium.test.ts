/**
 * The browser tests find their Chromium by themselves, in the documented order (docs/testing.md):
 * CHROMIUM_PATH, a system Chromium, then the one shipped in the @sparticuz/chromium dev dependency.
 */
import { execFile } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import t from 'tap';
import { findChromium, packageFlags, systemChromium } from '../helpers/find-chromium.js';

function fakeBrowser(dir: string, name: string, mode = 0o755): string {
  const path = join(dir, name);
  writeFileSync(path, '#!/bin/sh\necho fake\n');
  chmodSync(path, mode);
  return path;
}

t.test('CHROMIUM_PATH wins over a system Chromium', async (t) => {
  const dir = t.testdir();
  const chosen = fakeBrowser(dir, 'my-chrome');
  fakeBrowser(dir, 'chromium');
  const found = await findChromium({ CHROMIUM_PATH: chosen, PATH: dir }, []);
  t.same([found.source, found.executablePath], ['CHROMIUM_PATH', chosen]);
});

t.test('a CHROMIUM_PATH that is not there is an error, not a silent fallback', async (t) => {
  await t.rejects(findChromium({ CHROMIUM_PATH: '/nowhere/chromium' }, []), /CHROMIUM_PATH=\/nowhere\/chromium is not an executable file/);
});

t.test('a system Chromium: fixed paths first, then each name on PATH in order', async (t) => {
  const first = t.testdir();
  const second = join(first, 'second');
  mkdirSync(second);
  fakeBrowser(first, 'chromium', 0o644); // not executable: skipped
  const chrome = fakeBrowser(first, 'google-chrome');
  const chromium = fakeBrowser(second, 'chromium');
  const path = `${first}:${second}`;
  t.equal(systemChromium(path, []), chromium, 'chromium anywhere on PATH comes before google-chrome');
  t.equal(systemChromium(path, [chrome]), chrome, 'a fixed path comes first');
  t.equal(systemChromium('', []), undefined);
  const found = await findChromium({ PATH: path }, []);
  t.same([found.source, found.executablePath], ['system', chromium]);
});

t.test('without either, the Chromium inside @sparticuz/chromium is unpacked and runs', async (t) => {
  const dir = t.testdir();
  fakeBrowser(dir, 'chromium');
  const found = await findChromium({ PATH: dir, BROWSER_SKIP_SYSTEM: '1' }, ['/usr/bin/chromium']);
  t.equal(found.source, '@sparticuz/chromium', 'BROWSER_SKIP_SYSTEM=1 skips the system Chromium');
  t.match(found.executablePath, /github-teams-bridge-chromium-\d+\.\d+\.\d+\/chromium$/);
  t.match(found.env.FONTCONFIG_FILE, /fonts\.conf$/, 'its own fonts, for machines that have none');
  const { stdout } = await promisify(execFile)(found.executablePath, ['--version'], { env: { ...process.env, ...found.env } });
  t.match(stdout, /Chrom(e|ium) \d+/);
});

t.test('two test files unpacking at once both get a whole copy, and no half-written one is left', async (t) => {
  const tmp = t.testdir();
  const before = process.env.TMPDIR;
  process.env.TMPDIR = tmp;
  t.teardown(() => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
  });
  const env = { PATH: '', BROWSER_SKIP_SYSTEM: '1' };
  const [a, b] = await Promise.all([findChromium(env, []), findChromium(env, [])]);
  t.equal(a.executablePath, b.executablePath);
  t.ok(a.executablePath.startsWith(tmp));
  t.same(readdirSync(tmp), [a.executablePath.split('/').at(-2)], 'only the finished copy remains');
  const { stdout } = await promisify(execFile)(a.executablePath, ['--version'], { env: { ...process.env, ...a.env } });
  t.match(stdout, /Chrom(e|ium) \d+/);
});

t.test('the package flags that would switch off the same-origin policy are left out', async (t) => {
  const kept = packageFlags(['--no-zygote', '--disable-web-security', '--disable-site-isolation-trials', '--single-process', "--headless='shell'", '--disable-features=site-per-process']);
  t.same(kept, ['--no-zygote']);
});
