#!/usr/bin/env node
// Builds the server (tsc → dist/) and the browser bundles (esbuild: public/src/*.ts →
// public/build/). `--if-needed` skips a step whose outputs are newer than every input, so
// `npm start` stays fast after the first run; `--public-only` builds just the bundles (tests
// run TypeScript directly, but pages need their bundles).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = new Set(process.argv.slice(2));
const ifNeeded = args.has('--if-needed');

function newest(dir, filter = () => true) {
  let max = 0;
  if (!existsSync(dir)) return max;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) max = Math.max(max, newest(path, filter));
    else if (filter(path)) max = Math.max(max, statSync(path).mtimeMs);
  }
  return max;
}

function oldest(paths) {
  let min = Infinity;
  for (const path of paths) min = existsSync(path) ? Math.min(min, statSync(path).mtimeMs) : 0;
  return min;
}

const stamp = (p) => (existsSync(p) ? statSync(p).mtimeMs : 0);
const pkgTime = Math.max(stamp(join(root, 'package.json')), stamp(join(root, 'package-lock.json')));

async function buildPublic() {
  const srcDir = join(root, 'public', 'src');
  if (!existsSync(srcDir)) return;
  const entries = readdirSync(srcDir).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'));
  const outputs = entries.map((f) => join(root, 'public', 'build', f.replace(/\.ts$/, '.js')));
  const inputTime = Math.max(newest(srcDir), newest(join(root, 'src', 'cards')), pkgTime);
  if (ifNeeded && oldest(outputs) > inputTime) return;
  const esbuild = await import('esbuild');
  await esbuild.build({
    entryPoints: entries.map((f) => join(srcDir, f)),
    outdir: join(root, 'public', 'build'),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: ['es2020'],
    minify: true,
    sourcemap: true,
    legalComments: 'linked',
    logLevel: 'warning',
  });
}

function buildServer() {
  const out = join(root, 'dist', 'src', 'server.js');
  const inputTime = Math.max(
    ...['src', 'bench', 'scripts', 'test/helpers'].map((d) => newest(join(root, d), (p) => p.endsWith('.ts'))),
    stamp(join(root, 'tsconfig.build.json')),
    pkgTime,
  );
  if (ifNeeded && stamp(out) > inputTime) return;
  execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], {
    cwd: root,
    stdio: 'inherit',
  });
}

await buildPublic();
if (!args.has('--public-only')) buildServer();
