import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';
import t from 'tap';
import { PROJECT_ROOT } from '../../src/util/paths.js';

// The browser code is bundled by esbuild, which strips types without checking them: check here.
t.test('the config page scripts type-check (strict, DOM)', async (t) => {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const result = await promisify(execFile)(process.execPath, [tsc, '-p', join(PROJECT_ROOT, 'public', 'tsconfig.json')]).then(
    () => '',
    (err: { stdout?: string }) => err.stdout ?? String(err),
  );
  t.equal(result, '', 'tsc -p public/tsconfig.json reports nothing');
});
