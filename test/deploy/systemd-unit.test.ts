/**
 * deploy/github-teams-bridge.service cannot be started here (systemd is not PID 1 on the machines
 * these tests run on). What can be checked: `systemd-analyze verify` accepts it, it runs what
 * `npm start` runs, and its DATA_DIR is the one directory the sandbox lets it write.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { PROJECT_ROOT } from '../../src/util/paths.js';

const UNIT = join(PROJECT_ROOT, 'deploy', 'github-teams-bridge.service');
const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8'));

/** The unit's [Service] settings; a key given more than once keeps every value. */
function serviceSettings(): Map<string, string[]> {
  const settings = new Map<string, string[]>();
  let section = '';
  for (const line of readFileSync(UNIT, 'utf8').split('\n').map((l) => l.trim())) {
    if (!line || line.startsWith('#')) continue;
    const header = /^\[(.+)\]$/.exec(line);
    if (header) section = header[1];
    else if (section === 'Service') {
      const [key, ...value] = line.split('=');
      settings.set(key, [...(settings.get(key) ?? []), value.join('=')]);
    }
  }
  return settings;
}

const settings = serviceSettings();
const one = (key: string) => settings.get(key)?.at(-1);

t.test('it runs what `npm start` runs, from an absolute working directory, as a user of its own', async (t) => {
  t.equal(one('ExecStart'), `/usr/bin/node ${pkg.main}`);
  t.equal(pkg.scripts.start, `node ${pkg.main}`);
  t.match(one('WorkingDirectory'), /^\//);
  t.ok(one('User') && one('User') !== 'root', `User=${one('User')}`);
});

t.test('DATA_DIR is the state directory, and the one path ProtectSystem=strict leaves writable', async (t) => {
  const dataDir = settings
    .get('Environment')!
    .flatMap((e) => e.split(/\s+/))
    .find((e) => e.startsWith('DATA_DIR='))
    ?.slice('DATA_DIR='.length);
  t.equal(one('ProtectSystem'), 'strict');
  t.equal(dataDir, `/var/lib/${one('StateDirectory')}`);
  t.same(settings.get('ReadWritePaths'), [dataDir]);
});

const canVerify = existsSync('/usr/bin/systemd-analyze') && existsSync('/usr/bin/node');
const skip = !canVerify && 'needs systemd-analyze and /usr/bin/node (the ExecStart binary it checks)';

t.test('systemd-analyze verify accepts the unit', { skip }, async (t) => {
  const output = await new Promise<{ code: number; text: string }>((resolve) =>
    execFile('/usr/bin/systemd-analyze', ['verify', UNIT], (err, stdout, stderr) =>
      resolve({ code: err ? Number(err.code ?? 1) : 0, text: stdout + stderr }),
    ),
  );
  t.equal(output.code, 0, output.text);
  // verify exits 0 on unknown keys in some versions; those are reported on stderr.
  t.notMatch(output.text, /Unknown key|Unknown section|ignoring/i, output.text);
});
